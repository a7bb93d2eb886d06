// Matched projects, best first, with the reasons: a bank's own on its portal, any on the bureau's
// matching page. Filters and sorting are a GET form, so a view can be shared by its URL.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { formatNumber, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { listMatches } from "@/lib/services/matching/list";
import { MATCH_SORTS } from "@/lib/validation/matching";
import { MatchReasons } from "./reasons";

type Matches = Awaited<ReturnType<typeof listMatches>>;
type Item = Matches["items"][number];
type Option = { id: number; name: string };

const t = m.matching;
const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({ name, label, all, value, options }: { name: string; label: string; all: string; value?: string; options: { value: string | number; label: string }[] }) {
  return (
    <select name={name} defaultValue={value ?? ""} aria-label={label} className={SELECT}>
      <option value="">{all}</option>
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}

const named = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.name }));

export function MatchList({ matches, query, path, options, projectHref, testId }: {
  matches: Matches;
  query: Record<string, string | undefined>;
  path: string;
  options: { products: Option[]; categories: Option[]; regions: Option[]; institutions?: Option[] };
  projectHref: (id: number) => string;
  testId: string;
}) {
  return (
    <>
      <p className="mb-3 text-xs text-slate-500">{t.matchedIntro}</p>
      <form method="get" action={path} className="mb-3 flex flex-wrap items-end gap-2" data-testid="match-filters">
        {options.institutions && <Select name="institutionId" label={t.institution} all={t.allInstitutions} value={query.institutionId} options={named(options.institutions)} />}
        <Select name="productId" label={t.product} all={t.allProducts} value={query.productId} options={named(options.products)} />
        <Select name="categoryId" label={m.table.category} all={t.allCategories} value={query.categoryId} options={named(options.categories)} />
        <Select name="regionId" label={m.table.district} all={t.allDistricts} value={query.regionId} options={named(options.regions)} />
        <Select name="minScore" label={t.minScore} all={`${t.minScore}：${m.projects.all}`} value={query.minScore} options={[50, 60, 70, 80, 90].map((s) => ({ value: s, label: `≥ ${s}` }))} />
        <select name="sort" defaultValue={query.sort ?? "score"} aria-label={t.sort} className={SELECT}>
          {MATCH_SORTS.map((s) => <option key={s} value={s}>{t.sortBy[s]}</option>)}
        </select>
        <button className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{t.filter}</button>
        <Link href={path} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{m.projects.reset}</Link>
        <span className="ml-auto text-sm text-slate-500">{t.count.replace("{n}", formatNumber(matches.total))}</span>
      </form>
      <DataTable<Item> rows={matches.items} rowKey={(r) => `${r.project.id}-${r.product.id}`} testId={testId} columns={[
        { key: "score", header: t.score, align: "right", render: (r) => <Badge tone={r.score >= 80 ? "green" : r.score >= 60 ? "blue" : "gray"}>{r.score}</Badge> },
        { key: "project", header: m.table.project, render: (r) => <Link className="text-brand-700 hover:underline" href={projectHref(r.project.id)}>{r.project.name}</Link> },
        { key: "cat", header: m.table.category, render: (r) => r.project.category },
        { key: "district", header: m.table.district, render: (r) => r.project.district },
        { key: "need", header: m.kpi.need + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.need) },
        { key: "gap", header: m.kpi.gap + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.gap) },
        { key: "co2", header: t.co2, align: "right", render: (r) => formatNumber(r.project.co2ReductionT) },
        { key: "ypt", header: t.yuanPerT, align: "right", render: (r) => (r.project.yuanPerTco2 === null ? "—" : formatNumber(Number(r.project.yuanPerTco2))) },
        ...(options.institutions ? [{ key: "inst", header: t.institution, render: (r: Item) => r.product.institution.name }] : []),
        { key: "product", header: t.product, render: (r) => r.product.name },
        { key: "reasons", header: t.reasons, render: (r) => <MatchReasons reasons={r.reasons} /> },
      ]} />
      <Pagination path={path} query={query} page={matches.page} pageSize={matches.pageSize} total={matches.total} />
    </>
  );
}
