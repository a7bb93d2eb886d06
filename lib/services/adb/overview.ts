// The programme page: the loan, its totals and every sub-project with its milestones.
// Sums of money come from the database; progress and overdue flags from lib/domain/adb.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { chinaToday, dateToDay, type IsoDay } from "@/lib/domain/calendar";
import { inSequence, MILESTONE_LABELS, type MilestoneKind } from "@/lib/domain/adb/milestones";
import { isOverdue, programmeTotals, progressOf } from "@/lib/domain/adb/progress";
import type { Yuan } from "@/lib/domain/money";
import { regionFilter } from "../scope";

interface MilestoneRow {
  kind: MilestoneKind;
  plannedDate: Date | null;
  actualDate: Date | null;
  note: string | null;
}

/** The eight milestones in order, as days, with their overdue flag. */
export function milestoneView(rows: readonly MilestoneRow[], today: IsoDay) {
  const days = rows.map((r) => ({
    kind: r.kind,
    plannedDate: r.plannedDate ? dateToDay(r.plannedDate) : null,
    actualDate: r.actualDate ? dateToDay(r.actualDate) : null,
    note: r.note,
  }));
  return inSequence(days).map((m) => ({
    kind: m.kind,
    label: MILESTONE_LABELS[m.kind],
    plannedDate: m.plannedDate,
    actualDate: m.actualDate,
    note: "note" in m ? (m.note as string | null) : null,
    overdue: isOverdue(m, today),
  }));
}
export type MilestoneView = ReturnType<typeof milestoneView>[number];

export interface SubProjectSummary {
  id: number;
  code: string;
  name: string;
  implementingAgency: string;
  region: string | null;
  adbAllocation: Yuan;
  counterpartFunds: Yuan;
  disbursed: Yuan;
  version: number;
  completed: number;
  current: MilestoneKind | null;
  overdue: MilestoneKind[];
  milestones: MilestoneView[];
}

export function summaryOf(
  s: { id: number; code: string; name: string; implementingAgency: string; region: { name: string } | null; adbAllocation: Yuan; counterpartFunds: Yuan; version: number; milestones: MilestoneRow[] },
  disbursed: Yuan,
  today: IsoDay,
): SubProjectSummary {
  const milestones = milestoneView(s.milestones, today);
  const progress = progressOf(milestones, today);
  return {
    id: s.id, code: s.code, name: s.name, implementingAgency: s.implementingAgency, region: s.region?.name ?? null,
    adbAllocation: s.adbAllocation, counterpartFunds: s.counterpartFunds, disbursed, version: s.version,
    completed: progress.completed, current: progress.current, overdue: progress.overdue, milestones,
  };
}

export async function programmeOverview(actor: Actor, now: Date = new Date()) {
  authorize(actor, "adb.read");
  const today = chinaToday(now);
  const programme = await db.adbProgramme.findFirst({ orderBy: { id: "asc" } });
  const where = { programmeId: programme?.id ?? -1, ...(await regionFilter(actor)) };
  const [subProjects, disbursed] = await Promise.all([
    db.adbSubProject.findMany({
      where,
      orderBy: [{ sortKey: "asc" }, { id: "asc" }],
      include: { region: { select: { name: true } }, milestones: true },
    }),
    db.adbDisbursement.groupBy({ by: ["subProjectId"], where: { subProject: where }, _sum: { amount: true } }),
  ]);
  const disbursedBy = new Map(disbursed.map((d) => [d.subProjectId, d._sum.amount ?? 0n]));
  const summaries = subProjects.map((s) => summaryOf(s, disbursedBy.get(s.id) ?? 0n, today));
  return {
    today,
    programme: programme && {
      id: programme.id, name: programme.name, loanNumber: programme.loanNumber, loanUsd: programme.loanUsd.toString(),
      signedAt: programme.signedAt ? dateToDay(programme.signedAt) : null,
      closingAt: programme.closingAt ? dateToDay(programme.closingAt) : null,
      description: programme.description,
    },
    totals: programmeTotals(summaries, today),
    subProjects: summaries,
  };
}
export type ProgrammeOverview = Awaited<ReturnType<typeof programmeOverview>>;
