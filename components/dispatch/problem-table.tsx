import Link from "next/link";
import { InlineForm } from "@/components/admin/inline-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { FormState } from "@/lib/forms/action-state";
import { formatDateTime } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { listProblems } from "@/lib/services/dispatch/problems";

type Problems = Awaited<ReturnType<typeof listProblems>>;
type Row = Problems["items"][number];
type CloseAction = (id: number, prev: FormState, form: FormData) => Promise<FormState>;

/** 销号 behind a disclosure, so the list stays readable; the resolution is required. */
function CloseForm({ row, action }: { row: Row; action: CloseAction }) {
  const d = m.dispatch;
  return (
    <details className="group mt-1">
      <summary className="inline-block cursor-pointer list-none rounded-md border border-brand-600 px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-50">{d.close}</summary>
      <div className="mt-2 w-72">
        <InlineForm action={action.bind(null, row.id)} submit={d.closeConfirm} testId={`close-${row.id}`}>
          <textarea name="resolution" rows={3} required aria-label={d.resolution} placeholder={d.resolutionPlaceholder}
            className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
        </InlineForm>
      </div>
    </details>
  );
}

function Status({ row, closeAction }: { row: Row; closeAction: CloseAction | null }) {
  const d = m.dispatch;
  if (row.status === "CLOSED") {
    return (
      <div className="max-w-xs">
        <Badge tone="green">{m.problemStatus.CLOSED}</Badge>
        <p className="mt-1 text-xs text-slate-600">{d.resolution}：{row.resolution}</p>
        <p className="text-xs text-slate-400">{d.closedOn.replace("{by}", row.closedBy ?? "—").replace("{at}", formatDateTime(row.closedAt))}</p>
      </div>
    );
  }
  return (
    <div>
      <Badge tone={row.overdue ? "red" : "amber"}>{m.problemStatus.OPEN}</Badge>
      {closeAction && <CloseForm row={row} action={closeAction} />}
    </div>
  );
}

/** The problem list: overdue ones carry a red mark and their days late; staff close them here. */
export function ProblemTable({ data, closeAction }: { data: Problems; closeAction: CloseAction | null }) {
  const d = m.dispatch;
  return (
    <DataTable<Row>
      testId="problems"
      rows={data.items}
      rowKey={(r) => r.id}
      columns={[
        { key: "project", header: m.table.project, render: (r) => (
          <span className="block max-w-56">
            <Link href={`/projects/${r.project.id}`} className="text-brand-700 hover:underline">{r.project.name}</Link>
            <span className="block text-xs text-slate-400">{r.project.owner}</span>
          </span>
        ) },
        { key: "problem", header: d.problem, render: (r) => <span className="block max-w-sm">{r.description}</span> },
        { key: "category", header: d.category, render: (r) => <Badge tone="blue">{d.categories[r.category]}</Badge> },
        { key: "department", header: d.department, render: (r) => r.department },
        { key: "due", header: d.dueDate, render: (r) => (
          <span className={r.overdue ? "font-medium text-red-700" : undefined}>
            <span className="whitespace-nowrap">{r.dueDate}</span>
            {r.overdue && <span className="block"><Badge tone="red">{d.overdueDays.replace("{n}", String(r.daysOverdue))}</Badge></span>}
          </span>
        ) },
        { key: "status", header: d.status, render: (r) => <Status row={r} closeAction={closeAction} /> },
      ]}
    />
  );
}
