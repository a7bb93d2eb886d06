import type { Metadata } from "next";
import Link from "next/link";
import { PortfolioTable } from "@/components/climate/portfolio-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatFigure, formatTco2, formatYuanPerTonne } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { climatePortfolio } from "@/lib/services/climate/portfolio";

export const metadata: Metadata = { title: m.climate.title };

const c = m.climate;

export default async function ClimatePage() {
  const actor = await requirePage("dashboard.read");
  const p = await climatePortfolio(actor);
  const t = p.totals;
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <PageHeader title={c.title} intro={c.portfolioIntro} />
        <Link href="/climate/factors" className="shrink-0 rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50">{c.factorsLink}</Link>
      </div>
      <div className="space-y-6">
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="climate-kpis">
          <KpiCard testId="kpi-co2" label={c.kpi.co2} value={formatTco2(t.co2ReductionT)} />
          <KpiCard label={c.kpi.tce} value={formatFigure(t.energySavedTce, c.units.tce, 0)} />
          <KpiCard label={c.kpi.mwh} value={formatFigure(t.renewableMwh, c.units.mwh, 0)} />
          <KpiCard label={c.kpi.sink} value={formatFigure(t.carbonSinkT, c.units.sink, 0)} />
          <KpiCard label={c.kpi.beneficiaries} value={formatFigure(t.beneficiaries, c.units.people, 0)} />
          <KpiCard label={c.kpi.area} value={formatFigure(t.areaRestoredHa, c.units.ha, 0)} />
          <KpiCard testId="kpi-need-per-t" label={c.kpi.needPerT} value={formatYuanPerTonne(t.needPerTco2)} hint={c.kpi.needPerTHint} />
          <KpiCard label={c.kpi.securedPerT} value={formatYuanPerTonne(t.securedPerTco2)} hint={c.kpi.securedPerTHint} />
        </div>
        <p className="text-sm text-slate-600">
          {c.computedNote.replace("{computed}", String(t.computed)).replace("{typed}", String(t.projects - t.computed))}
        </p>
        <Section title={c.byCategory}><PortfolioTable rows={p.byCategory} total={t} testId="climate-by-category" /></Section>
        <Section title={c.byDistrict}><PortfolioTable rows={p.byDistrict} total={t} testId="climate-by-district" /></Section>
      </div>
    </>
  );
}
