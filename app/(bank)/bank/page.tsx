import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDate, formatMoney, formatRateBp, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { MatchList } from "@/components/matching/match-list";
import { ValidationError } from "@/lib/errors";
import { listMatches } from "@/lib/services/matching/list";
import { listProducts } from "@/lib/services/products";
import { listPushes, pushPipeline } from "@/lib/services/pushes";

export const metadata: Metadata = { title: m.home.bankTitle };

const STATUSES = ["PENDING", "INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED", "DECLINED"] as const;

export default async function BankHomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage("page.bankPortal");
  const query = await searchParams;
  const matchQuery = { productId: query.productId, minScore: query.minScore, page: query.page };
  const [pushes, products, pipeline, matches] = await Promise.all([
    listPushes(actor), listProducts(actor), pushPipeline(actor),
    listMatches(actor, matchQuery).catch((e) => {
      if (e instanceof ValidationError) return listMatches(actor, {});
      throw e;
    }),
  ]);
  type PushRow = (typeof pushes)[number];
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
          <MatchList matches={matches} products={products} query={query} />
        </Section>
        <Section title={m.bank.pushes}>
          <DataTable<PushRow>
            testId="bank-pushes"
            rows={pushes}
            rowKey={(r) => r.id}
            columns={[
              { key: "code", header: m.table.code, render: (r) => r.project.code },
              { key: "name", header: m.table.project, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bank/projects/${r.project.id}`}>{r.project.name}</Link> },
              { key: "cat", header: m.table.category, render: (r) => r.project.category },
              { key: "district", header: m.table.district, render: (r) => r.project.district },
              { key: "need", header: m.kpi.need + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.financingNeed) },
              { key: "gap", header: m.kpi.gap + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.gapAmount) },
              { key: "pushed", header: m.table.pushedAt, render: (r) => formatDate(r.createdAt) },
              { key: "due", header: m.table.dueAt, render: (r) => formatDate(r.dueAt) },
              {
                key: "status", header: m.table.response,
                render: (r) => (
                  <span className="space-x-1">
                    <Badge tone={r.status === "DECLINED" ? "gray" : r.status === "PENDING" ? "amber" : "green"}>{m.pushStatus[r.status]}</Badge>
                    {r.overdue && <Badge tone="red">{m.table.overdue}</Badge>}
                  </span>
                ),
              },
            ]}
          />
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
