// Where a sub-project stands: its current milestone, what is overdue, and the programme's totals.
// Money is exact (bigint yuan); shares are basis points (10000 = 100%) like the funding rate.
import { fundingRateBp as shareBp } from "../funding";
import { sumYuan, type Yuan } from "../money";
import type { IsoDay } from "../calendar";
import { inSequence, MILESTONE_COUNT, type MilestoneDates, type MilestoneKind } from "./milestones";

export { shareBp };

/** A milestone is overdue when its planned date has passed and it has not been completed. */
export function isOverdue(m: Pick<MilestoneDates, "plannedDate" | "actualDate">, today: IsoDay): boolean {
  return m.actualDate === null && m.plannedDate !== null && m.plannedDate < today;
}

export interface SubProjectProgress {
  /** Milestones completed (with an actual date). */
  completed: number;
  /** The next milestone to complete; null once construction is complete. */
  current: MilestoneKind | null;
  lastCompleted: MilestoneKind | null;
  overdue: MilestoneKind[];
  finished: boolean;
}

export function progressOf(milestones: readonly MilestoneDates[], today: IsoDay): SubProjectProgress {
  const all = inSequence(milestones);
  const done = all.filter((m) => m.actualDate !== null);
  const current = all.find((m) => m.actualDate === null)?.kind ?? null;
  return {
    completed: done.length,
    current,
    lastCompleted: done.at(-1)?.kind ?? null,
    overdue: all.filter((m) => isOverdue(m, today)).map((m) => m.kind),
    finished: current === null,
  };
}

export interface SubProjectFigures {
  adbAllocation: Yuan;
  counterpartFunds: Yuan;
  disbursed: Yuan;
  milestones: readonly MilestoneDates[];
}

export interface ProgrammeTotals {
  subProjects: number;
  allocated: Yuan;
  counterpart: Yuan;
  /** ADB allocation plus counterpart funds. */
  investment: Yuan;
  disbursed: Yuan;
  /** Disbursed as a share of the ADB allocation. */
  disbursedShareBp: number | null;
  milestonesCompleted: number;
  milestonesTotal: number;
  milestoneShareBp: number | null;
  subProjectsCompleted: number;
  overdueMilestones: number;
  subProjectsOverdue: number;
}

export function programmeTotals(subProjects: readonly SubProjectFigures[], today: IsoDay): ProgrammeTotals {
  const progress = subProjects.map((s) => progressOf(s.milestones, today));
  const allocated = sumYuan(subProjects.map((s) => s.adbAllocation));
  const counterpart = sumYuan(subProjects.map((s) => s.counterpartFunds));
  const disbursed = sumYuan(subProjects.map((s) => s.disbursed));
  const milestonesCompleted = progress.reduce((n, p) => n + p.completed, 0);
  // Every sub-project goes through all eight milestones, whether or not each has a row yet.
  const milestonesTotal = subProjects.length * MILESTONE_COUNT;
  return {
    subProjects: subProjects.length,
    allocated,
    counterpart,
    investment: allocated + counterpart,
    disbursed,
    disbursedShareBp: shareBp(disbursed, allocated),
    milestonesCompleted,
    milestonesTotal,
    milestoneShareBp: shareBp(BigInt(milestonesCompleted), BigInt(milestonesTotal)),
    subProjectsCompleted: progress.filter((p) => p.finished).length,
    overdueMilestones: progress.reduce((n, p) => n + p.overdue.length, 0),
    subProjectsOverdue: progress.filter((p) => p.overdue.length > 0).length,
  };
}

export type DisbursementCheck = { ok: true; remaining: Yuan } | { ok: false; remaining: Yuan };

/** Disbursements may add up to the ADB allocation and no further. */
export function checkDisbursement(allocation: Yuan, disbursedSoFar: Yuan, amount: Yuan): DisbursementCheck {
  const remaining = allocation - disbursedSoFar - amount;
  return remaining >= 0n ? { ok: true, remaining } : { ok: false, remaining: allocation - disbursedSoFar };
}
