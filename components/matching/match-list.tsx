// A bank's matched projects: filter by product and minimum score, best first, with the reasons.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { formatNumber, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { listMatches } from "@/lib/services/matching/list";
import { MatchReasons } from "./reasons";

type Matches = Awaited<ReturnType<typeof listMatches>>;
type Item = Matches["items"][number];

const t = m.matching;
const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function MatchList({ matches, products, query }: { matches: Matches; products: { id: number; name: string }[]; query: Record<string, string | undefined> }) {
  return (
    <>
      <p className="mb-3 text-xs text-slate-500">{t.matchedIntro}</p>
      <form className="mb-3 flex flex-wrap items-end gap-2" data-testid="match-filters">
        <select name="productId" defaultValue={query.productId ?? ""} aria-label={t.product} className={SELECT}>
          <option value="">{t.allProducts}</option>
          {products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <select name="minScore" defaultValue={query.minScore ?? ""} aria-label={t.minScore} className={SELECT}>
          <option value="">{t.minScore}：{m.projects.all}</option>
          {[50, 60, 70, 80, 90].map((s) => <option key={s} value={s}>≥ {s}</option>)}
        </select>
        <button className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{t.filter}</button>
        <span className="ml-auto text-sm text-slate-500">{t.count.replace("{n}", String(matches.total))}</span>
      </form>
      <DataTable<Item> rows={matches.items} rowKey={(r) => `${r.project.id}-${r.product.id}`} testId="bank-matches" columns={[
        { key: "score", header: t.score, align: "right", render: (r) => <Badge tone={r.score >= 80 ? "green" : r.score >= 60 ? "blue" : "gray"}>{r.score}</Badge> },
        { key: "project", header: m.table.project, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bank/projects/${r.project.id}`}>{r.project.name}</Link> },
        { key: "cat", header: m.table.category, render: (r) => r.project.category },
        { key: "district", header: m.table.district, render: (r) => r.project.district },
        { key: "need", header: m.kpi.need + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.need) },
        { key: "gap", header: m.kpi.gap + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.gap) },
        { key: "co2", header: t.co2, align: "right", render: (r) => formatNumber(r.project.co2ReductionT) },
        { key: "ypt", header: t.yuanPerT, align: "right", render: (r) => (r.project.yuanPerTco2 === null ? "—" : formatNumber(Number(r.project.yuanPerTco2))) },
        { key: "product", header: t.product, render: (r) => r.product.name },
        { key: "reasons", header: t.reasons, render: (r) => <MatchReasons reasons={r.reasons} /> },
      ]} />
      <Pagination path="/bank" query={query} page={matches.page} pageSize={matches.pageSize} total={matches.total} />
    </>
  );
}
