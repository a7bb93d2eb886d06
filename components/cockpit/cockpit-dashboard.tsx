import Link from "next/link";
import type { ReactNode } from "react";
import { KpiCard } from "@/components/ui/kpi-card";
import { formatDate, formatMoney, formatNumber, formatRateBp, formatTco2 } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { CockpitQuery } from "@/lib/validation/cockpit";
import { drillQuery, type CockpitSummary } from "@/lib/services/cockpit/summary";
import type { ChartName } from "@/lib/services/cockpit/export";
import { withQuery } from "@/lib/url";
import { amountRows, securedGapRows } from "./chart-data";
import { DrillBarChart, type DrillSeries } from "./drill-bar-chart";

const c = m.cockpit.charts;
const t = m.cockpit.table;
const SECURED_GAP: DrillSeries[] = [
  { key: "secured", name: c.secured, color: "#059669", stack: "a" },
  { key: "gap", name: c.gap, color: "#f59e0b", stack: "a" },
];

function list(query: CockpitQuery, extra: Record<string, string | number | undefined> = {}) {
  return withQuery("/projects", drillQuery(query, extra), {});
}

function Panel({ title, chart, query, children, wide }: { title: string; chart?: ChartName; query: CockpitQuery; children: ReactNode; wide?: boolean }) {
  const filters = drillQuery(query);
  delete filters.status;
  return (
    <section className={`cockpit-panel break-inside-avoid rounded-lg border border-slate-200 bg-white shadow-sm ${wide ? "lg:col-span-2" : ""}`}>
      <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2">
        <h2 className="font-medium text-slate-800">{title}</h2>
        {chart && (
          <a download href={withQuery("/api/v1/dashboard/export", filters, { chart })} className="no-print text-xs text-brand-700 hover:underline">
            {c.exportXlsx}
          </a>
        )}
      </div>
      <div className="p-3">{children}</div>
    </section>
  );
}

function Empty() {
  return <p className="py-10 text-center text-sm text-slate-500">{c.empty}</p>;
}

export function CockpitDashboard({ s, query, wall = false }: { s: CockpitSummary; query: CockpitQuery; wall?: boolean }) {
  const k = s.kpis;
  const byCategory = securedGapRows(s.byCategory.map((g) => ({ ...g, href: list(query, { categoryId: g.key, family: undefined }) })));
  const byDistrict = securedGapRows(s.byDistrict.map((g) => ({ ...g, href: list(query, { regionId: g.key }) })));
  const byStage = securedGapRows(s.byStage.map((g) => ({ ...g, href: list(query, { stage: g.key }) })));
  const byInstrument = amountRows(s.byInstrument.map((r) => ({ label: r.label, amount: r.amount, href: list(query, { instrument: r.instrument }) })));
  // The records behind a month are financing records: the financing list of that year.
  const monthly = amountRows(s.monthly.map((r) => ({ label: r.month, amount: r.amount, href: `/finance?year=${r.month.slice(0, 4)}` })));
  const funnelRows = s.funnel.map((f) => ({
    label: f.label,
    href: f.step === "declared" ? withQuery("/projects", { ...drillQuery(query), status: undefined, year: undefined }, {}) : list(query),
    values: { projects: f.projects },
    texts: { projects: `${formatNumber(f.projects)} ${m.units.projects}` },
  }));
  const adbRows = s.adb.milestones.map((r) => ({
    label: r.label, href: "/adb",
    values: { completed: r.completed, overdue: r.overdue },
    texts: { completed: `${r.completed} ${m.cockpit.kpi.projectsUnit}`, overdue: `${r.overdue} ${m.cockpit.kpi.projectsUnit}` },
  }));
  return (
    <>
      <div className={`grid grid-cols-2 gap-3 md:grid-cols-4 ${wall ? "xl:grid-cols-8" : ""}`} data-testid="cockpit-kpis">
        <KpiCard testId="kpi-projects" label={m.cockpit.kpi.projects} value={`${formatNumber(k.projectsInLibrary)} ${m.cockpit.kpi.projectsUnit}`} />
        <KpiCard testId="kpi-investment" label={m.cockpit.kpi.investment} value={formatMoney(k.totalInvestment)} />
        <KpiCard testId="kpi-need" label={m.cockpit.kpi.need} value={formatMoney(k.need)} />
        <KpiCard testId="kpi-secured" label={m.cockpit.kpi.secured} value={formatMoney(k.secured)}
          hint={m.cockpit.greenSummary.replace("{n}", formatNumber(s.green.projects)).replace("{amount}", formatMoney(s.green.amount))} />
        <KpiCard testId="kpi-gap" label={m.cockpit.kpi.gap} value={formatMoney(k.gap)} />
        <KpiCard testId="kpi-rate" label={m.cockpit.kpi.rate} value={formatRateBp(k.fundingRateBp)} />
        <KpiCard testId="kpi-co2" label={m.cockpit.kpi.co2} value={formatTco2(k.co2ReductionT)} />
        <KpiCard testId="kpi-institutions" label={m.cockpit.kpi.institutions} value={`${formatNumber(k.institutionsEngaged)} ${m.cockpit.kpi.institutionsUnit}`} />
      </div>
      <p className="mt-2 flex flex-wrap items-center gap-x-4 text-xs text-slate-500">
        <span>{m.cockpit.yearNote} {c.drillHint}</span>
        <Link data-testid="open-list" href={list(query)} className="no-print text-brand-700 hover:underline">{m.cockpit.moreInList}</Link>
      </p>
      <div className={`mt-4 grid grid-cols-1 gap-4 lg:grid-cols-2 print:grid-cols-2 ${wall ? "xl:grid-cols-3" : ""}`}>
        <Panel title={c.byCategory} chart="byCategory" query={query} wide>
          {byCategory.rows.length ? <DrillBarChart testId="chart-category" rows={byCategory.rows} unit={byCategory.unit} series={SECURED_GAP} height={320} /> : <Empty />}
        </Panel>
        <Panel title={c.byDistrict} chart="byDistrict" query={query}>
          {byDistrict.rows.length ? <DrillBarChart testId="chart-district" rows={byDistrict.rows} unit={byDistrict.unit} series={SECURED_GAP} /> : <Empty />}
        </Panel>
        <Panel title={c.byStage} chart="byStage" query={query}>
          <DrillBarChart testId="chart-stage" rows={byStage.rows} unit={byStage.unit} series={SECURED_GAP} />
        </Panel>
        <Panel title={c.byInstrument} chart="byInstrument" query={query}>
          {byInstrument.rows.length ? <DrillBarChart testId="chart-instrument" horizontal labelWidth={170} rows={byInstrument.rows} unit={byInstrument.unit} series={[{ key: "amount", name: c.amount, color: "#0f766e" }]} /> : <Empty />}
        </Panel>
        <Panel title={c.monthly} chart="monthly" query={query}>
          {monthly.rows.length ? <DrillBarChart testId="chart-monthly" rows={monthly.rows} unit={monthly.unit} series={[{ key: "amount", name: c.amount, color: "#2563eb" }]} /> : <Empty />}
        </Panel>
        <Panel title={c.funnel} chart="funnel" query={query}>
          <DrillBarChart testId="chart-funnel" horizontal labelWidth={90} rows={funnelRows} unit={m.cockpit.kpi.projectsUnit} series={[{ key: "projects", name: c.projects, color: "#7c3aed" }]} />
        </Panel>
        <Panel title={c.adb} chart="adb" query={query}>
          <p className="mb-1 text-sm text-slate-600" data-testid="adb-summary">
            {m.cockpit.adbSummary.replace("{n}", String(s.adb.subProjects)).replace("{amount}", formatMoney(s.adb.allocation))}
          </p>
          <DrillBarChart testId="chart-adb" horizontal labelWidth={90} rows={adbRows} unit={m.cockpit.kpi.projectsUnit}
            series={[{ key: "completed", name: c.completed, color: "#059669" }, { key: "overdue", name: c.overdue, color: "#dc2626" }]} />
        </Panel>
        <Panel title={c.topGaps} chart="topGaps" query={query}>
          <table className="w-full text-sm" data-testid="top-gaps">
            <thead><tr className="text-left text-xs text-slate-500"><th className="py-1">{t.project}</th><th>{t.district}</th><th className="text-right">{t.gap}</th></tr></thead>
            <tbody>
              {s.topGaps.map((p) => (
                <tr key={p.id} className="border-t border-slate-100">
                  <td className="py-1"><Link className="text-brand-700 hover:underline" href={`/projects/${p.id}`}>{p.name}</Link></td>
                  <td className="whitespace-nowrap text-slate-600">{p.district}</td>
                  <td className="whitespace-nowrap text-right tabular-nums">{formatMoney(p.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!s.topGaps.length && <Empty />}
        </Panel>
        <Panel title={`${c.overduePushes}（${formatNumber(s.overduePushes.count)} ${m.units.pushes}）`} query={query}>
          <ul className="space-y-1 text-sm" data-testid="overdue-pushes">
            {s.overduePushes.items.map((p) => (
              <li key={p.id} className="flex justify-between gap-2 border-t border-slate-100 pt-1">
                <Link className="text-brand-700 hover:underline" href={`/projects/${p.projectId}`}>{p.project}</Link>
                <span className="whitespace-nowrap text-slate-600">{p.institution} · {t.dueAt} {formatDate(p.dueAt)}</span>
              </li>
            ))}
          </ul>
          {!s.overduePushes.count && <Empty />}
        </Panel>
        <Panel title={`${c.openProblems}（${formatNumber(s.openProblems.count)} ${m.units.problems}）`} query={query}>
          <ul className="space-y-1 text-sm" data-testid="open-problems">
            {s.openProblems.items.map((p) => (
              <li key={p.id} className="border-t border-slate-100 pt-1">
                <Link className="text-brand-700 hover:underline" href={`/projects/${p.projectId}`}>{p.project}</Link>
                <span className="ml-2 text-slate-700">{p.description}</span>
                <span className={`ml-2 whitespace-nowrap text-xs ${p.overdue ? "text-red-600" : "text-slate-500"}`}>{p.department} · {t.dueDate} {formatDate(p.dueDate)}</span>
              </li>
            ))}
          </ul>
          {!s.openProblems.count && <Empty />}
        </Panel>
      </div>
    </>
  );
}
