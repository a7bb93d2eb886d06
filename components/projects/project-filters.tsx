import Link from "next/link";
import { chinaToday } from "@/lib/domain/calendar";
import { m } from "@/lib/i18n";
import type { ReferenceData } from "@/lib/services/reference";

const SELECT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="block text-xs text-slate-500">
      {label}
      <select name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">{m.projects.all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

const entries = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

/** The last ten years, and the one in the URL if older: a cockpit drill-down keeps its year. */
function yearOptions(current?: string) {
  const thisYear = Number(chinaToday().slice(0, 4));
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
  if (current && /^\d{4}$/.test(current) && !years.includes(Number(current))) years.push(Number(current));
  return years.map((y) => ({ value: String(y), label: `${y} 年` }));
}

/** The list's filters as a plain GET form: the state lives in the URL, so a view can be shared. */
export function ProjectFilters({ values, reference }: { values: Record<string, string | undefined>; reference: ReferenceData }) {
  return (
    <form method="get" action="/projects" className="grid grid-cols-2 gap-3 md:grid-cols-6 xl:grid-cols-11" role="search">
      <label className="col-span-2 block text-xs text-slate-500">
        {m.projects.search}
        <input name="q" defaultValue={values.q ?? ""} placeholder={m.projects.searchPlaceholder} className={SELECT} />
      </label>
      <Select name="family" label={m.projects.family} value={values.family} options={entries(m.family)} />
      <Select name="categoryId" label={m.projects.category} value={values.categoryId} options={reference.categories.map((c) => ({ value: String(c.id), label: c.name }))} />
      <Select name="regionId" label={m.projects.district} value={values.regionId} options={reference.regions.map((r) => ({ value: String(r.id), label: r.name }))} />
      <Select name="status" label={m.projects.status} value={values.status} options={entries(m.reviewStatus)} />
      <Select name="stage" label={m.projects.stage} value={values.stage} options={entries(m.stage)} />
      <Select name="funding" label={m.projects.funding} value={values.funding} options={entries(m.fundingState)} />
      <Select name="instrument" label={m.projects.instrument} value={values.instrument} options={entries(m.instrument)} />
      <Select name="year" label={m.cockpit.filters.year} value={values.year} options={yearOptions(values.year)} />
      <Select name="carbonTool" label={m.projects.carbonTool} value={values.carbonTool} options={[{ value: "true", label: m.projects.yes }, { value: "false", label: m.projects.no }]} />
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      {values.pageSize && <input type="hidden" name="pageSize" value={values.pageSize} />}
      <div className="col-span-2 flex items-end gap-2 md:col-span-6 xl:col-span-11">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{m.projects.filter}</button>
        <Link href="/projects" className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{m.projects.reset}</Link>
      </div>
    </form>
  );
}
