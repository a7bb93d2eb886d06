import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { listReports } from "@/lib/services/dispatch/reports";

type Reports = Awaited<ReturnType<typeof listReports>>;

export function ReportTable({ data, highlight }: { data: Reports; highlight?: number }) {
  const d = m.dispatch;
  type Row = Reports["items"][number];
  return (
    <DataTable<Row>
      testId="filed-reports"
      rows={data.items}
      rowKey={(r) => r.id}
      columns={[
        { key: "name", header: m.table.project, render: (r) => (
          <span>
            <Link href={`/projects/${r.project.id}`} className="text-brand-700 hover:underline">{r.project.name}</Link>
            {r.project.id === highlight && <> <Badge tone="green">{d.justFiled}</Badge></>}
            <span className="block text-xs text-slate-400">{r.project.code} · {r.project.owner}</span>
          </span>
        ) },
        { key: "month", header: d.investmentMonthShort, align: "right", render: (r) => formatWanPlain(r.investmentMonth) },
        { key: "cum", header: d.investmentCumulativeShort, align: "right", render: (r) => formatWanPlain(r.investmentCumulative) },
        { key: "progress", header: d.progressShort, align: "right", render: (r) => `${r.physicalProgress}%` },
        { key: "narrative", header: d.narrative, render: (r) => <span className="line-clamp-2 max-w-md text-slate-600" title={r.narrative ?? ""}>{r.narrative}</span> },
        { key: "problems", header: d.problemCount, align: "right", render: (r) => r.problems.length || "—" },
        { key: "by", header: d.filedBy, render: (r) => <span className="whitespace-nowrap">{r.filedBy}<span className="block text-xs text-slate-400">{formatDateTime(r.createdAt)}</span></span> },
      ]}
    />
  );
}
