import type { Metadata } from "next";
import Link from "next/link";
import { PushBoardTable } from "@/components/matching/push-board-table";
import { PushStatus } from "@/components/matching/push-status";
import { DataTable } from "@/components/ui/data-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { chinaToday } from "@/lib/domain/calendar";
import { formatWanPlain, formatNumber } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { announceOverduePushes } from "@/lib/services/push-overdue";
import { listPushes, pushBoard } from "@/lib/services/pushes";
import { firstValues } from "@/lib/url";

export const metadata: Metadata = { title: m.matching.area.board };

const t = m.matching.board;
const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const STATUSES = ["PENDING", "INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED", "DECLINED"] as const;

export default async function PushBoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("page.matching");
  const query = firstValues(await searchParams);
  // Late answers are announced before the board is read, so the board and the inboxes agree.
  await announceOverduePushes();
  const [board, pushes] = await Promise.all([
    pushBoard(actor),
    listPushes(actor, query).catch((e) => {
      if (e instanceof ValidationError) return listPushes(actor, {});
      throw e;
    }),
  ]);
  type Row = (typeof pushes.items)[number];
  return (
    <>
      <PageHeader title={m.matching.area.title} intro={t.intro} />
      <div className="grid grid-cols-2 gap-4 md:grid-cols-5" data-testid="board-totals">
        <KpiCard label={t.pushed} value={`${formatNumber(board.totals.total)} ${m.units.pushes}`} />
        <KpiCard label={t.answered} value={`${board.totals.answered} ${m.units.pushes}`} />
        <KpiCard label={t.pending} value={`${board.totals.pending} ${m.units.pushes}`} />
        <KpiCard label={t.overdue} value={`${board.totals.overdue} ${m.units.pushes}`} />
        <KpiCard label={t.answeredLate} value={`${board.totals.answeredLate} ${m.units.pushes}`} />
      </div>
      <div className="mt-6 space-y-6">
        <Section title={t.byInstitution}>
          <PushBoardTable board={board} />
        </Section>
        <Section title={t.pushes}>
          <form method="get" action="/pushes" className="mb-3 flex flex-wrap items-end gap-2" data-testid="push-filters">
            <select name="institutionId" defaultValue={query.institutionId ?? ""} aria-label={m.matching.institution} className={SELECT}>
              <option value="">{m.matching.allInstitutions}</option>
              {board.rows.map((r) => <option key={r.institution.id} value={r.institution.id}>{r.institution.name}</option>)}
            </select>
            <select name="status" defaultValue={query.status ?? ""} aria-label={m.table.response} className={SELECT}>
              <option value="">{t.allStatuses}</option>
              {STATUSES.map((s) => <option key={s} value={s}>{m.pushStatus[s]}</option>)}
            </select>
            <label className="flex items-center gap-1 text-sm text-slate-700">
              <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue === "1"} /> {t.onlyOverdue}
            </label>
            <button className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{m.matching.filter}</button>
            <Link href="/pushes" className="rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{m.projects.reset}</Link>
            <span className="ml-auto text-sm text-slate-500">{t.count.replace("{n}", formatNumber(pushes.total))}</span>
          </form>
          <DataTable<Row>
            testId="board-pushes"
            rows={pushes.items}
            rowKey={(r) => r.id}
            columns={[
              { key: "project", header: m.table.project, render: (r) => <Link className="text-brand-700 hover:underline" href={`/projects/${r.project.id}`}>{r.project.name}</Link> },
              { key: "district", header: m.table.district, render: (r) => r.project.district },
              { key: "gap", header: m.kpi.gap + m.units.inWan, align: "right", render: (r) => formatWanPlain(r.project.gapAmount) },
              { key: "inst", header: m.matching.institution, render: (r) => r.institution.name },
              { key: "pushed", header: m.table.pushedAt, render: (r) => chinaToday(r.createdAt) },
              { key: "due", header: m.table.dueAt, render: (r) => r.dueDay },
              { key: "answered", header: t.respondedAt, render: (r) => (r.respondedAt ? chinaToday(r.respondedAt) : "—") },
              { key: "status", header: m.table.response, render: (r) => <PushStatus status={r.status} overdue={r.overdue} /> },
            ]}
          />
          <Pagination path="/pushes" query={query} page={pushes.page} pageSize={pushes.pageSize} total={pushes.total} />
        </Section>
      </div>
    </>
  );
}
