import { KpiCard } from "@/components/ui/kpi-card";
import { formatMoney, formatNumber, formatRateBp, formatTco2 } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { HeadlineFigures } from "@/lib/services/summary";

export function HeadlineKpis({ f }: { f: HeadlineFigures }) {
  return (
    <div className="grid grid-cols-2 gap-4 md:grid-cols-4 xl:grid-cols-6">
      <KpiCard testId="kpi-projects" label={m.kpi.projectsInLibrary} value={`${formatNumber(f.projectsInLibrary)} ${m.kpi.projectsUnit}`} />
      <KpiCard testId="kpi-investment" label={m.kpi.totalInvestment} value={formatMoney(f.totalInvestment)} />
      <KpiCard testId="kpi-need" label={m.kpi.need} value={formatMoney(f.need)} />
      <KpiCard testId="kpi-secured" label={m.kpi.secured} value={formatMoney(f.secured)} />
      <KpiCard testId="kpi-gap" label={m.kpi.gap} value={formatMoney(f.gap)} />
      <KpiCard testId="kpi-rate" label={m.kpi.fundingRate} value={formatRateBp(f.fundingRateBp)} />
      <KpiCard testId="kpi-adb" label={m.kpi.adb} value={`${f.adb.subProjects} ${m.kpi.projectsUnit}`} hint={`${m.kpi.adbAmount} ${formatMoney(f.adb.allocation)}`} />
      <KpiCard testId="kpi-green" label={m.kpi.green} value={`${formatNumber(f.green.projects)} ${m.kpi.projectsUnit}`} hint={`${m.kpi.greenAmount} ${formatMoney(f.green.amount)}`} />
      <KpiCard testId="kpi-co2" label={m.kpi.co2} value={formatTco2(f.co2ReductionT)} />
      <KpiCard testId="kpi-institutions" label={m.kpi.institutions} value={`${formatNumber(f.institutionsEngaged)} ${m.kpi.institutionsUnit}`} />
      <KpiCard testId="kpi-problems" label={m.kpi.openProblems} value={`${f.openProblems} ${m.units.problems}`} />
      <KpiCard testId="kpi-overdue" label={m.kpi.overduePushes} value={`${f.overduePushes} ${m.units.pushes}`} />
    </div>
  );
}
