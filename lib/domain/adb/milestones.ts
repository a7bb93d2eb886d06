// The milestone sequence of an ADB sub-project and the rules for recording it (DESIGN.md §3):
// each milestone follows the one before it, and construction may start only after ADB has
// approved the tender result (招标结果批复) — the loan agreement's condition for civil works.
import type { MilestoneKind } from "@/lib/db/generated/sqlite/enums";
import type { IsoDay } from "../calendar";

export type { MilestoneKind };

/** The milestones in the order they must be completed. */
export const MILESTONE_SEQUENCE = [
  "FEASIBILITY_APPROVAL",
  "PRELIMINARY_DESIGN_APPROVAL",
  "BIDDING_DOCS_NO_OBJECTION",
  "BID_OPENING_EVALUATION",
  "TENDER_RESULT_APPROVAL",
  "CONTRACT_SIGNING",
  "CONSTRUCTION_START",
  "COMPLETION",
] as const satisfies readonly MilestoneKind[];

export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  FEASIBILITY_APPROVAL: "可研批复",
  PRELIMINARY_DESIGN_APPROVAL: "初步设计批复",
  BIDDING_DOCS_NO_OBJECTION: "招标文件亚行不反对",
  BID_OPENING_EVALUATION: "开标评标",
  TENDER_RESULT_APPROVAL: "招标结果亚行批复",
  CONTRACT_SIGNING: "合同签订",
  CONSTRUCTION_START: "开工",
  COMPLETION: "完工",
};

/** Short labels for the timeline's legend and narrow columns. */
export const MILESTONE_SHORT_LABELS: Record<MilestoneKind, string> = {
  FEASIBILITY_APPROVAL: "可研",
  PRELIMINARY_DESIGN_APPROVAL: "初设",
  BIDDING_DOCS_NO_OBJECTION: "招标文件",
  BID_OPENING_EVALUATION: "开标",
  TENDER_RESULT_APPROVAL: "招标结果",
  CONTRACT_SIGNING: "签约",
  CONSTRUCTION_START: "开工",
  COMPLETION: "完工",
};

export const MILESTONE_COUNT = MILESTONE_SEQUENCE.length;

export function isMilestoneKind(value: string): value is MilestoneKind {
  return (MILESTONE_SEQUENCE as readonly string[]).includes(value);
}

export function milestoneIndex(kind: MilestoneKind): number {
  return MILESTONE_SEQUENCE.indexOf(kind);
}

/** What is known of one milestone; a milestone without a row has neither date. */
export interface MilestoneDates {
  kind: MilestoneKind;
  plannedDate: IsoDay | null;
  actualDate: IsoDay | null;
}

/** The eight milestones in sequence order, filling in those that have no row yet. */
export function inSequence<T extends MilestoneDates>(rows: readonly T[]): (T | MilestoneDates)[] {
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return MILESTONE_SEQUENCE.map((kind) => byKind.get(kind) ?? { kind, plannedDate: null, actualDate: null });
}

export type MilestoneCheck = { ok: true } | { ok: false; message: string };

const label = (kind: MilestoneKind) => `「${MILESTONE_LABELS[kind]}」`;

/**
 * May `kind` be recorded as completed on `actual` (or have its completion cleared, when
 * `actual` is null), given the sub-project's milestones and today's date?
 */
export function checkActualDate(
  milestones: readonly MilestoneDates[],
  kind: MilestoneKind,
  actual: IsoDay | null,
  today: IsoDay,
): MilestoneCheck {
  const all = inSequence(milestones);
  const at = milestoneIndex(kind);
  const later = all.slice(at + 1).filter((m) => m.actualDate !== null);
  if (actual === null) {
    if (later.length) {
      return { ok: false, message: `${label(later[0].kind)}已登记完成，不能撤销${label(kind)}；须先撤销后续里程碑的实际日期` };
    }
    return { ok: true };
  }
  if (actual > today) return { ok: false, message: `实际完成日期 ${actual} 晚于今天（${today}），不能登记尚未发生的里程碑` };
  const earlier = all.slice(0, at);
  const tender = all[milestoneIndex("TENDER_RESULT_APPROVAL")];
  if (kind === "CONSTRUCTION_START" && tender.actualDate === null) {
    return { ok: false, message: "招标结果尚未获亚行批复，不能登记开工" };
  }
  const missing = earlier.find((m) => m.actualDate === null);
  if (missing) return { ok: false, message: `${label(missing.kind)}尚未完成，不能登记${label(kind)}；里程碑须按顺序完成` };
  const previous = earlier.at(-1);
  if (previous?.actualDate && actual < previous.actualDate) {
    return { ok: false, message: `${label(kind)}的实际日期 ${actual} 不能早于${label(previous.kind)}的实际日期 ${previous.actualDate}` };
  }
  const next = later[0];
  if (next?.actualDate && actual > next.actualDate) {
    return { ok: false, message: `${label(kind)}的实际日期 ${actual} 晚于已登记的${label(next.kind)}（${next.actualDate}），请先修改后续里程碑` };
  }
  return { ok: true };
}
