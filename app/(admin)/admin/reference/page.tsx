import type { Metadata } from "next";
import { InlineForm } from "@/components/admin/inline-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { listReference } from "@/lib/services/reference-admin";
import { deleteReferenceAction, retireReferenceAction, saveReferenceAction } from "./actions";

export const metadata: Metadata = { title: m.reference.title };

const INPUT = "rounded-md border border-slate-300 px-2 py-1 text-sm";
const r = m.reference;

/** The fields of a category, empty for a new one (the placeholders name them). */
function CategoryInputs({ value }: { value?: { code: string; name: string; family: string; description: string | null } }) {
  return (
    <>
      <input name="code" defaultValue={value?.code} placeholder={r.code} aria-label={r.code} className={`${INPUT} w-20`} />
      <input name="name" defaultValue={value?.name} placeholder={r.name} aria-label={r.name} className={`${INPUT} w-44`} />
      <select name="family" defaultValue={value?.family ?? "MITIGATION"} aria-label={r.family} className={INPUT}>
        {Object.entries(m.family).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
      <input name="description" defaultValue={value?.description ?? ""} placeholder={r.description} aria-label={r.description} className={`${INPUT} w-80`} />
    </>
  );
}

function RegionInputs({ value }: { value?: { code: string; name: string; level: string } }) {
  return (
    <>
      <input name="code" defaultValue={value?.code} placeholder={r.code} aria-label={r.code} className={`${INPUT} w-24`} />
      <input name="name" defaultValue={value?.name} placeholder={r.name} aria-label={r.name} className={`${INPUT} w-40`} />
      <select name="level" defaultValue={value?.level ?? "DISTRICT"} aria-label={r.level} className={INPUT}>
        <option value="DISTRICT">{r.DISTRICT}</option>
        <option value="PARK">{r.PARK}</option>
      </select>
    </>
  );
}

function RowActions({ kind, id, retired, uses }: { kind: "category" | "region"; id: number; retired: boolean; uses: number }) {
  return (
    <div className="flex gap-2">
      <InlineForm action={retireReferenceAction.bind(null, kind, id, !retired)} submit={retired ? r.reinstate : r.retire} tone="plain" />
      {uses === 0 && <InlineForm action={deleteReferenceAction.bind(null, kind, id)} submit={r.remove} tone="danger" />}
    </div>
  );
}

export default async function ReferencePage() {
  const actor = await requirePage("page.admin");
  const { categories, regions } = await listReference(actor);
  return (
    <>
      <PageHeader title={r.title} intro={r.intro} />
      <div className="space-y-6">
        <Section title={r.categories}>
          <div className="space-y-2" data-testid="categories">
            {categories.map((c) => (
              <div key={c.id} className="flex flex-wrap items-start gap-3 border-b border-slate-100 pb-2">
                <InlineForm action={saveReferenceAction.bind(null, "category", c.id)} submit={r.save} tone="plain">
                  <CategoryInputs value={c} />
                </InlineForm>
                <span className="pt-1 text-sm text-slate-500">{r.uses} {c.uses}</span>
                {c.retired && <Badge tone="gray">{r.retired}</Badge>}
                <RowActions kind="category" id={c.id} retired={c.retired} uses={c.uses} />
              </div>
            ))}
            <InlineForm action={saveReferenceAction.bind(null, "category", null)} submit={r.add} testId="add-category">
              <CategoryInputs />
            </InlineForm>
          </div>
        </Section>
        <Section title={r.regions}>
          <div className="space-y-2" data-testid="regions">
            {regions.map((g) => (
              <div key={g.id} className="flex flex-wrap items-start gap-3 border-b border-slate-100 pb-2">
                <InlineForm action={saveReferenceAction.bind(null, "region", g.id)} submit={r.save} tone="plain">
                  <RegionInputs value={g} />
                </InlineForm>
                <span className="pt-1 text-sm text-slate-500">{r.uses} {g.uses}</span>
                {g.retired && <Badge tone="gray">{r.retired}</Badge>}
                <RowActions kind="region" id={g.id} retired={g.retired} uses={g.uses} />
              </div>
            ))}
            <InlineForm action={saveReferenceAction.bind(null, "region", null)} submit={r.add} testId="add-region">
              <RegionInputs />
            </InlineForm>
          </div>
        </Section>
      </div>
    </>
  );
}
