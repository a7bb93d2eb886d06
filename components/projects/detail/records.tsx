import { DataTable } from "@/components/ui/data-table";
import { formatDate, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { ProjectDetail } from "@/lib/services/projects/detail";

type Push = ProjectDetail["pushes"][number];
type Report = ProjectDetail["reports"][number];

export function PushTable({ rows }: { rows: Push[] }) {
  return (
    <DataTable<Push> rows={rows} rowKey={(r) => r.id} columns={[
      { key: "inst", header: m.detail.institution, render: (r) => r.institution.name },
      { key: "pushed", header: m.table.pushedAt, render: (r) => formatDate(r.createdAt) },
      { key: "due", header: m.table.dueAt, render: (r) => formatDate(r.dueAt) },
      { key: "status", header: m.table.response, render: (r) => m.pushStatus[r.status] },
      { key: "last", header: m.detail.what, render: (r) => r.responses.at(-1)?.reason ?? r.message ?? "—" },
    ]} />
  );
}

export function ReportTable({ rows }: { rows: Report[] }) {
  return (
    <DataTable<Report> rows={rows} rowKey={(r) => r.id} columns={[
      { key: "period", header: m.detail.period, render: (r) => `${r.year}-${String(r.month).padStart(2, "0")}` },
      { key: "month", header: m.detail.investmentMonth, align: "right", render: (r) => formatWanPlain(r.investmentMonth) },
      { key: "cum", header: m.detail.investmentCumulative, align: "right", render: (r) => formatWanPlain(r.investmentCumulative) },
      { key: "progress", header: m.detail.progress, align: "right", render: (r) => `${r.physicalProgress}%` },
      { key: "problems", header: m.detail.problems, render: (r) => r.problems.map((p) => `${p.description}（${m.problemStatus[p.status]}）`).join("；") || "—" },
    ]} />
  );
}
