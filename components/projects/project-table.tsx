import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { ProjectSummary } from "@/lib/services/projects/list";
import { withQuery } from "@/lib/url";

type SortField = "code" | "name" | "totalInvestment" | "financingNeed" | "securedAmount" | "gapAmount";

const STATUS_TONE = { DRAFT: "gray", SUBMITTED: "blue", IN_LIBRARY: "green", RETURNED: "amber", REJECTED: "red", ARCHIVED: "gray" } as const;

function SortHeader({ field, label, query, right }: { field: SortField; label: string; query: Record<string, string | undefined>; right?: boolean }) {
  const active = (query.sort ?? "code") === field;
  const dir = active && (query.dir ?? "asc") === "asc" ? "desc" : "asc";
  const arrow = active ? ((query.dir ?? "asc") === "asc" ? " ↑" : " ↓") : "";
  return (
    <th scope="col" className={`px-3 py-2 font-medium ${right ? "text-right" : "text-left"}`} aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : undefined}>
      <Link href={withQuery("/projects", query, { sort: field, dir, page: undefined })} className="hover:text-brand-700">{label}{arrow}</Link>
    </th>
  );
}

export function ProjectTable({ items, query }: { items: ProjectSummary[]; query: Record<string, string | undefined> }) {
  const money = [
    ["totalInvestment", m.kpi.totalInvestment],
    ["financingNeed", m.kpi.need],
    ["securedAmount", m.kpi.secured],
    ["gapAmount", m.kpi.gap],
  ] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="project-table">
        <thead>
          <tr className="border-b border-slate-200 text-slate-500">
            <SortHeader field="code" label={m.table.code} query={query} />
            <SortHeader field="name" label={m.table.project} query={query} />
            <th scope="col" className="px-3 py-2 text-left font-medium">{m.projects.owner}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{m.table.category}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{m.table.district}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{m.table.status}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{m.table.stage}</th>
            {money.map(([f, label]) => <SortHeader key={f} field={f} label={label + m.units.inWan} query={query} right />)}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr><td colSpan={11} className="px-3 py-8 text-center text-slate-400">{m.table.empty}</td></tr>
          )}
          {items.map((p) => (
            <tr key={p.id} className="border-b border-slate-100 hover:bg-slate-50">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{p.code}</td>
              <td className="px-3 py-2"><Link href={`/projects/${p.id}`} className="text-brand-700 hover:underline">{p.name}</Link></td>
              <td className="px-3 py-2 text-slate-600">{p.owner}</td>
              <td className="px-3 py-2">{p.category}</td>
              <td className="whitespace-nowrap px-3 py-2">{p.district}</td>
              <td className="px-3 py-2"><Badge tone={STATUS_TONE[p.reviewStatus]}>{m.reviewStatus[p.reviewStatus]}</Badge></td>
              <td className="whitespace-nowrap px-3 py-2">{m.stage[p.stage]}</td>
              {money.map(([f]) => <td key={f} className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatWanPlain(p[f])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
