import { KpiCard } from "@/components/ui/kpi-card";
import { formatMoney, formatRateBp, formatYi } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { ProgrammeOverview } from "@/lib/services/adb/overview";
import { exactWan } from "./amounts";

export function ProgrammeKpis({ totals: t }: { totals: ProgrammeOverview["totals"] }) {
  const k = m.adb.kpi;
  return (
    <div className="grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
      <KpiCard testId="adb-kpi-subprojects" label={k.subProjects} value={`${t.subProjects} ${k.unitCount}`} hint={k.subProjectsHint.replace("{n}", String(t.subProjectsCompleted))} />
      <KpiCard testId="adb-kpi-allocated" label={k.allocated} value={formatYi(t.allocated)} hint={exactWan(t.allocated)} />
      <KpiCard testId="adb-kpi-counterpart" label={k.counterpart} value={formatMoney(t.counterpart)} hint={k.counterpartHint.replace("{amount}", formatMoney(t.investment))} />
      <KpiCard testId="adb-kpi-disbursed" label={k.disbursed} value={formatMoney(t.disbursed)} hint={k.disbursedHint.replace("{rate}", formatRateBp(t.disbursedShareBp))} />
      <KpiCard testId="adb-kpi-milestones" label={k.milestones} value={formatRateBp(t.milestoneShareBp)}
        hint={k.milestonesHint.replace("{done}", String(t.milestonesCompleted)).replace("{total}", String(t.milestonesTotal))} />
      <KpiCard testId="adb-kpi-overdue" label={k.overdue} value={`${t.overdueMilestones} ${k.unitCount}`} hint={k.overdueHint.replace("{n}", String(t.subProjectsOverdue))} />
    </div>
  );
}
