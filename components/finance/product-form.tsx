// The green-finance product form, for a bank's own products or, for the bureau admin, any institution's.
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import type { FieldDef } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";

const f = m.finance.products.fields;

export function ProductForm({ action, initial, institutions, categories, regions }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  /** Offered only to those who may choose (the bureau admin, on a new product). */
  institutions: { id: number; name: string }[];
  categories: { id: number; code: string; name: string }[];
  regions: { id: number; name: string }[];
}) {
  const fields: FieldDef[] = [
    ...(institutions.length ? [{ name: "institutionId", kind: "select" as const, label: f.institutionId, required: true, options: institutions.map((i) => ({ value: String(i.id), label: i.name })) }] : []),
    { name: "name", kind: "text", label: f.name, required: true },
    { name: "instrument", kind: "select", label: f.instrument, required: true, options: Object.entries(m.instrument).map(([value, label]) => ({ value, label })) },
    { name: "categoryIds", kind: "checkboxes", label: f.categoryIds, required: true, wide: true, options: categories.map((c) => ({ value: String(c.id), label: `${c.code} ${c.name}` })) },
    { name: "regionIds", kind: "checkboxes", label: f.regionIds, wide: true, options: regions.map((r) => ({ value: String(r.id), label: r.name })) },
    { name: "minAmount", kind: "amount", label: f.minAmount, hint: m.form.amountHint },
    { name: "maxAmount", kind: "amount", label: f.maxAmount, hint: m.form.amountHint },
    { name: "minCo2ReductionT", kind: "number", label: f.minCo2ReductionT },
    { name: "minTermMonths", kind: "number", label: f.minTermMonths },
    { name: "maxTermMonths", kind: "number", label: f.maxTermMonths },
    { name: "rateBp", kind: "number", label: f.rateBp, hint: m.finance.record.rateHint },
    { name: "rateNote", kind: "text", label: f.rateNote },
    { name: "carbonToolLinked", kind: "checkbox", label: f.carbonToolLinked },
    { name: "active", kind: "checkbox", label: f.active },
    { name: "description", kind: "textarea", label: f.description, wide: true },
  ];
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="product-form">
      <ActionForm action={action} fields={fields} initial={initial} hidden={initial.version ? { version: initial.version } : {}}
        submit={m.form.save} pending={m.form.saving} choose={m.form.choose}
        footer={<Link href="/finance/products" className="rounded-md border border-slate-300 px-5 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{m.form.cancel}</Link>} />
    </div>
  );
}
