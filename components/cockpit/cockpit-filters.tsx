import Link from "next/link";
import { m } from "@/lib/i18n";
import type { ReferenceData } from "@/lib/services/reference";

const SELECT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const t = m.cockpit.filters;

function Select({ name, label, all, value, options }: { name: string; label: string; all: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="block text-xs text-slate-500">
      {label}
      <select name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

/** A plain GET form: the filters live in the URL, so a leader can share or bookmark a view. */
export function CockpitFilters({ values, reference, years }: { values: Record<string, string | undefined>; reference: ReferenceData; years: number[] }) {
  return (
    <form method="get" action="/cockpit" role="search" className="cockpit-filters grid grid-cols-2 items-end gap-3 md:grid-cols-6">
      <Select name="year" label={t.year} all={t.allYears} value={values.year} options={years.map((y) => ({ value: String(y), label: `${y} 年` }))} />
      <Select name="regionId" label={t.district} all={t.allDistricts} value={values.regionId} options={reference.regions.map((r) => ({ value: String(r.id), label: r.name }))} />
      <Select name="family" label={`${t.category}${t.family}`} all={t.allCategories} value={values.family} options={Object.entries(m.family).map(([value, label]) => ({ value, label }))} />
      <Select name="categoryId" label={t.category} all={t.allCategories} value={values.categoryId} options={reference.categories.map((c) => ({ value: String(c.id), label: c.name }))} />
      {values.wall && <input type="hidden" name="wall" value={values.wall} />}
      <div className="col-span-2 flex gap-2">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{t.apply}</button>
        <Link href={values.wall ? "/cockpit?wall=1" : "/cockpit"} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{t.reset}</Link>
      </div>
    </form>
  );
}
