// The institution form's fields, for adding one and for editing it.
import type { FieldDef } from "@/components/ui/form-field";
import { INSTITUTION_KINDS } from "@/lib/domain/instruments";
import { m } from "@/lib/i18n";

const f = m.finance.institutions.fields;

export function institutionFields(banks: { id: number; name: string }[], regions: { id: number; name: string }[]): FieldDef[] {
  return [
    { name: "name", kind: "text", label: f.name, required: true },
    { name: "shortName", kind: "text", label: f.shortName },
    { name: "kind", kind: "select", label: f.kind, required: true, options: INSTITUTION_KINDS.map((k) => ({ value: k, label: m.orgKind[k] })) },
    { name: "parentId", kind: "select", label: f.parentId, options: banks.map((b) => ({ value: String(b.id), label: b.name })) },
    { name: "regionId", kind: "select", label: f.regionId, options: regions.map((r) => ({ value: String(r.id), label: r.name })) },
    { name: "creditCode", kind: "text", label: f.creditCode },
    { name: "contact", kind: "text", label: f.contact },
    { name: "phone", kind: "text", label: f.phone },
  ];
}
