import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDate, formatMoney, formatRateBp, formatWanPlain, formatNumber } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { listFinancing } from "@/lib/services/financing/list";

export const metadata: Metadata = { title: m.finance.title };

const t = m.finance;
const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function FinancePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage("financing.read");
  const query = await searchParams;
  const ledger = await listFinancing(actor, query).catch((e) => {
    if (e instanceof ValidationError) return listFinancing(actor, {});
    throw e;
  });
  type Item = (typeof ledger.items)[number];
  type ByInstrument = (typeof ledger.byInstrument)[number];
  const years = Array.from({ length: 8 }, (_, i) => new Date().getUTCFullYear() - i);
  const share = (amount: bigint) => (ledger.amount > 0n ? formatRateBp(Number((amount * 10_000n) / ledger.amount)) : "—");
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-2" data-testid="finance-filters">
        <select name="instrument" defaultValue={query.instrument ?? ""} aria-label={t.fields.instrument} className={SELECT}>
          <option value="">{t.fields.instrument}：{m.projects.all}</option>
          {Object.entries(m.instrument).map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
        <select name="status" defaultValue={query.status ?? ""} aria-label={t.fields.status} className={SELECT}>
          <option value="">{t.fields.status}：{m.projects.all}</option>
          {Object.entries(m.financingStatus).map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
        <select name="year" defaultValue={query.year ?? ""} aria-label={t.fields.date} className={SELECT}>
          <option value="">{t.allYears}</option>
          {years.map((y) => <option key={y} value={y}>{y} 年</option>)}
        </select>
        <button className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{t.filter}</button>
        <Link href="/finance" className="rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50">{m.projects.reset}</Link>
      </form>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4" data-testid="finance-kpis">
        <KpiCard label={t.totalAmount} value={formatMoney(ledger.amount)} hint={t.recordsCount.replace("{n}", formatNumber(ledger.total)).replace("{p}", formatNumber(ledger.projects))} />
        <KpiCard label={t.approved} value={formatMoney(ledger.byStatus.APPROVED ?? 0n)} />
        <KpiCard label={t.disbursed} value={formatMoney(ledger.byStatus.DISBURSED ?? 0n)} />
        <KpiCard label={t.projectsFinanced} value={`${ledger.projects} ${m.units.projects}`} />
      </div>
      <div className="mt-6 space-y-6">
        <div className="max-w-3xl">
        <Section title={t.byInstrument}>
          <DataTable<ByInstrument> rows={ledger.byInstrument} rowKey={(r) => r.instrument} testId="finance-by-instrument" columns={[
            { key: "i", header: m.table.instrument, render: (r) => <Link className="text-brand-700 hover:underline" href={`/finance?instrument=${r.instrument}`}>{m.instrument[r.instrument]}</Link> },
            { key: "n", header: t.count, align: "right", render: (r) => r.records },
            { key: "a", header: m.detail.amount, align: "right", render: (r) => formatWanPlain(r.amount) },
            { key: "s", header: t.share, align: "right", render: (r) => share(r.amount) },
          ]} />
        </Section>
        </div>
        <div>
          <Section title={t.records}>
            {ledger.shown < ledger.total && <p className="mb-2 text-xs text-amber-700">{t.shownOnly.replace("{n}", String(ledger.shown))}</p>}
            <DataTable<Item> rows={ledger.items} rowKey={(r) => r.id} testId="finance-records" columns={[
              { key: "d", header: m.detail.date, render: (r) => formatDate(r.date) },
              { key: "p", header: t.project, render: (r) => <Link className="text-brand-700 hover:underline" href={`/projects/${r.project.id}`}>{r.project.name}</Link> },
              { key: "inst", header: m.detail.institution, render: (r) => r.institution.name },
              { key: "i", header: m.table.instrument, render: (r) => <>{m.instrument[r.instrument]}{r.carbonTool && <> <Badge tone="green">{m.fields.carbonToolEligible}</Badge></>}</> },
              { key: "a", header: m.detail.amount, align: "right", render: (r) => formatWanPlain(r.amount) },
              { key: "s", header: m.detail.status, render: (r) => <Badge tone={r.status === "DISBURSED" ? "green" : "blue"}>{m.financingStatus[r.status]}</Badge> },
              { key: "r", header: m.table.rate, align: "right", render: (r) => formatRateBp(r.rateBp, 2) },
              { key: "t", header: m.table.term, align: "right", render: (r) => (r.termMonths ? `${r.termMonths} ${m.table.months}` : "—") },
            ]} />
          </Section>
        </div>
      </div>
    </>
  );
}
