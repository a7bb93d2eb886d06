import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PushStatus } from "@/components/matching/push-status";
import { DataTable } from "@/components/ui/data-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { chinaToday } from "@/lib/domain/calendar";
import { formatMoney, formatRateBp, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { MatchList } from "@/components/matching/match-list";
import { ValidationError } from "@/lib/errors";
import { listMatches } from "@/lib/services/matching/list";
import { listProducts } from "@/lib/services/products";
import { listPushes, pushPipeline } from "@/lib/services/pushes";
import { referenceData } from "@/lib/services/reference";
import { firstValues } from "@/lib/url";

export const metadata: Metadata = { title: m.home.bankTitle };

const STATUSES = ["PENDING", "INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED", "DECLINED"] as const;

/** The bank's pushes page on their own (`pushPage`), so paging them keeps the match list where it is. */
const PUSH_PAGE = 20;

export default async function BankHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("page.bankPortal");
  const query = firstValues(await searchParams);
  const { pushPage, ...matchQuery } = query;
  const [pushes, products, pipeline, reference, matches] = await Promise.all([
    listPushes(actor, { page: pushPage, pageSize: PUSH_PAGE }).catch((e) => {
      if (e instanceof ValidationError) return listPushes(actor, { pageSize: PUSH_PAGE });
      throw e;
    }),
    listProducts(actor), pushPipeline(actor), referenceData(actor),
    listMatches(actor, matchQuery).catch((e) => {
      if (e instanceof ValidationError) return listMatches(actor, {});
      throw e;
    }),
  ]);
  type PushRow = (typeof pushes.items)[number];
  type ProductRow = (typeof products)[number];
  return (
    <>
      <PageHeader title={m.home.bankTitle} intro={m.home.bankIntro} />
      <div className="grid grid-cols-3 gap-4 md:grid-cols-6" data-testid="bank-pipeline">
        {STATUSES.map((s) => (
          <KpiCard key={s} label={m.pushStatus[s]} value={`${pipeline[s] ?? 0} ${m.units.projects}`} />
        ))}
      </div>
      <div className="mt-6 space-y-6">
        <Section title={m.matching.matched}>
          <MatchList matches={matches} query={query} path="/bank" testId="bank-matches" projectHref={(id) => `/bank/projects/${id}`}
            options={{ products, categories: reference.categories, regions: reference.regions }} />
        </Section>
        <Section title={m.bank.pushes}>
          <DataTable<PushRow>
            testId="bank-pushes"
            rows={pushes.items}
            rowKey={(r) => r.id}
            columns={[
              { key: "code", header: m.table.code, render: (r) => r.project.code },
              { key: "name", header: m.table.project, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bank/projects/${r.project.id}`}>{r.project.name}</Link> },
              { key: "cat", header: m.table.category, render: (r) => r.project.category },
              { key: "district", header: m.table.district, render: (r) => r.project.district },
              { key: "need", header: m.kpi.need + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.financingNeed) },
              { key: "gap", header: m.kpi.gap + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.gapAmount) },
              { key: "pushed", header: m.table.pushedAt, render: (r) => chinaToday(r.createdAt) },
              { key: "due", header: m.table.dueAt, render: (r) => r.dueDay },
              { key: "status", header: m.table.response, render: (r) => <PushStatus status={r.status} overdue={r.overdue} /> },
            ]}
          />
          <Pagination path="/bank" query={query} page={pushes.page} pageSize={pushes.pageSize} total={pushes.total} param="pushPage" />
        </Section>
        <Section title={m.bank.products} actions={<Link href="/finance/products" className="text-sm text-brand-700 hover:underline">{m.finance.products.manage}</Link>}>
          <DataTable<ProductRow>
            testId="bank-products"
            rows={products}
            rowKey={(r) => r.id}
            columns={[
              { key: "name", header: m.table.product, render: (r) => r.name },
              { key: "inst", header: m.table.instrument, render: (r) => m.instrument[r.instrument] },
              { key: "cats", header: m.table.category, render: (r) => r.categories.map((c) => c.name).join("、") },
              {
                key: "range", header: m.table.amountRange, align: "right",
                render: (r) => `${r.minAmount !== null ? formatMoney(r.minAmount) : "—"} ~ ${r.maxAmount !== null ? formatMoney(r.maxAmount) : "—"}`,
              },
              { key: "term", header: m.table.term, align: "right", render: (r) => (r.minTermMonths || r.maxTermMonths ? `${r.minTermMonths ?? "—"}~${r.maxTermMonths ?? "—"} ${m.table.months}` : "—") },
              { key: "rate", header: m.table.rate, align: "right", render: (r) => r.rateNote ?? (r.rateBp !== null ? formatRateBp(r.rateBp, 2) : "—") },
              { key: "active", header: m.table.active, render: (r) => <Badge tone={r.active ? "green" : "gray"}>{r.active ? m.table.activeYes : m.table.activeNo}</Badge> },
            ]}
          />
        </Section>
      </div>
    </>
  );
}
