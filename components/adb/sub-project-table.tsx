import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { MILESTONE_COUNT, MILESTONE_LABELS } from "@/lib/domain/adb/milestones";
import { shareBp } from "@/lib/domain/adb/progress";
import { formatRateBp, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { ProgrammeOverview, SubProjectSummary } from "@/lib/services/adb/overview";

export function SubProjectTable({ subProjects, totals }: Pick<ProgrammeOverview, "subProjects" | "totals">) {
  const t = m.adb.table;
  const columns: Column<SubProjectSummary>[] = [
    { key: "code", header: t.code, render: (s) => <span className="whitespace-nowrap font-mono text-xs text-slate-500">{s.code}</span> },
    { key: "name", header: t.name, render: (s) => <Link href={`/adb/${s.id}`} className="inline-block min-w-[15rem] text-brand-700 hover:underline">{s.name}</Link> },
    { key: "region", header: t.region, render: (s) => <span className="whitespace-nowrap">{s.region ?? "—"}</span> },
    { key: "allocation", header: t.allocation, align: "right", render: (s) => formatWanPlain(s.adbAllocation) },
    { key: "counterpart", header: t.counterpart, align: "right", render: (s) => formatWanPlain(s.counterpartFunds) },
    { key: "disbursed", header: t.disbursed, align: "right", render: (s) => formatWanPlain(s.disbursed) },
    { key: "share", header: t.disbursedShare, align: "right", render: (s) => formatRateBp(shareBp(s.disbursed, s.adbAllocation)) },
    { key: "progress", header: t.progress, align: "right", render: (s) => `${s.completed}/${MILESTONE_COUNT}` },
    {
      key: "current", header: t.current,
      render: (s) => (s.current ? <span className="whitespace-nowrap">{MILESTONE_LABELS[s.current]}</span> : <Badge tone="green">{t.finished}</Badge>),
    },
    {
      key: "overdue", header: t.overdue,
      render: (s) => (
        <div className="flex flex-wrap gap-1">
          {s.overdue.map((k) => <Badge key={k} tone="red">{MILESTONE_LABELS[k]}</Badge>)}
        </div>
      ),
    },
  ];
  const footer = (
    <tr className="border-t border-slate-300">
      <td className="px-3 py-2" colSpan={3}>{t.total.replace("{n}", String(totals.subProjects))}</td>
      <td className="px-3 py-2 text-right tabular-nums" data-testid="adb-total-allocation">{formatWanPlain(totals.allocated)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatWanPlain(totals.counterpart)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatWanPlain(totals.disbursed)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatRateBp(totals.disbursedShareBp)}</td>
      <td className="px-3 py-2 text-right tabular-nums">{totals.milestonesCompleted}/{totals.milestonesTotal}</td>
      <td className="px-3 py-2" colSpan={2} />
    </tr>
  );
  return <DataTable columns={columns} rows={subProjects} rowKey={(s) => s.id} footer={footer} testId="adb-subprojects" />;
}
