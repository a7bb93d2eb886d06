import Link from "next/link";
import { m } from "@/lib/i18n";
import { withQuery } from "@/lib/url";

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="block min-w-32 text-xs text-slate-500">
      {label}
      <select name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">{m.dispatch.filterAll}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

/** The problem list's filters as a GET form; the month and project being viewed are kept. */
export function ProblemFilters({ values, departments }: { values: Record<string, string | undefined>; departments: string[] }) {
  const d = m.dispatch;
  const entries = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
  return (
    <form method="get" action="/dispatch" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={d.filter}>
      {(["year", "month", "projectId"] as const).map((k) => values[k] && <input key={k} type="hidden" name={k} value={values[k]} />)}
      <Select name="status" label={d.filterStatus} value={values.status} options={entries(m.problemStatus)} />
      <Select name="category" label={d.filterCategory} value={values.category} options={entries(d.categories)} />
      <Select name="department" label={d.filterDepartment} value={values.department} options={departments.map((x) => ({ value: x, label: x }))} />
      <label className="flex items-center gap-1.5 pb-2 text-sm text-slate-600">
        <input type="checkbox" name="overdue" value="true" defaultChecked={values.overdue === "true"} className="h-4 w-4" />
        {d.filterOverdue}
      </label>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{d.filter}</button>
      <Link href={withQuery("/dispatch", { year: values.year, month: values.month }, {})} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{m.projects.reset}</Link>
    </form>
  );
}
