// Per institution: pushed, answered, waiting, late; each count opens the pushes behind it.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { m } from "@/lib/i18n";
import type { pushBoard } from "@/lib/services/pushes";
import { withQuery } from "@/lib/url";

type Board = Awaited<ReturnType<typeof pushBoard>>;
type Row = Board["rows"][number];

const t = m.matching.board;
const ANSWERS = ["INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED", "DECLINED"] as const;

function CountLink({ n, query }: { n: number; query: Record<string, string | undefined> }) {
  if (!n) return <span className="text-slate-400">0</span>;
  return <Link className="text-brand-700 tabular-nums hover:underline" href={withQuery("/pushes", {}, query)}>{n}</Link>;
}

export function PushBoardTable({ board }: { board: Board }) {
  const id = (r: Row) => String(r.institution.id);
  return (
    <DataTable<Row>
      testId="board-institutions"
      rows={board.rows}
      rowKey={(r) => r.institution.id}
      columns={[
        { key: "inst", header: m.matching.institution, render: (r) => r.institution.name },
        { key: "total", header: t.pushed, align: "right", render: (r) => <CountLink n={r.total} query={{ institutionId: id(r) }} /> },
        { key: "answered", header: t.answered, align: "right", render: (r) => r.answered },
        { key: "pending", header: t.pending, align: "right", render: (r) => <CountLink n={r.pending} query={{ institutionId: id(r), status: "PENDING" }} /> },
        {
          key: "overdue", header: t.overdue, align: "right",
          render: (r) => (r.overdue ? <Link href={withQuery("/pushes", {}, { institutionId: id(r), overdue: "1" })}><Badge tone="red">{r.overdue}</Badge></Link> : <span className="text-slate-400">0</span>),
        },
        { key: "since", header: t.overdueSince, render: (r) => r.overdueSince ?? "—" },
        { key: "late", header: t.answeredLate, align: "right", render: (r) => r.answeredLate },
        { key: "answers", header: m.table.response, render: (r) => ANSWERS.filter((s) => r.statuses[s]).map((s) => `${m.pushStatus[s]} ${r.statuses[s]}`).join("、") || "—" },
      ]}
      footer={
        <tr className="border-t border-slate-300 font-medium">
          <td className="px-3 py-2">{t.total}</td>
          <td className="px-3 py-2 text-right tabular-nums">{board.totals.total}</td>
          <td className="px-3 py-2 text-right tabular-nums">{board.totals.answered}</td>
          <td className="px-3 py-2 text-right tabular-nums">{board.totals.pending}</td>
          <td className="px-3 py-2 text-right tabular-nums">{board.totals.overdue}</td>
          <td />
          <td className="px-3 py-2 text-right tabular-nums">{board.totals.answeredLate}</td>
          <td />
        </tr>
      }
    />
  );
}
