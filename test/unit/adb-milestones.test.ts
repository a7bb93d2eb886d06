import { describe, expect, it } from "vitest";
import { chinaToday, isIsoDay } from "@/lib/domain/calendar";
import { checkActualDate, MILESTONE_LABELS, MILESTONE_SEQUENCE, type MilestoneDates, type MilestoneKind } from "@/lib/domain/adb/milestones";
import { checkDisbursement, isOverdue, programmeTotals, progressOf } from "@/lib/domain/adb/progress";
import { positionOf, timelineAxis } from "@/lib/domain/adb/timeline";

const TODAY = "2026-11-23";

/** A sub-project whose first `done` milestones were completed on the given days. */
function subProject(actuals: string[], planned: Partial<Record<MilestoneKind, string>> = {}): MilestoneDates[] {
  return MILESTONE_SEQUENCE.map((kind, i) => ({ kind, plannedDate: planned[kind] ?? null, actualDate: actuals[i] ?? null }));
}

// Feasibility … bid evaluation done; ADB has not yet approved the tender result.
const awaitingTender = subProject(["2025-07-05", "2025-12-20", "2026-04-30", "2026-06-28"]);
const tenderApproved = subProject(["2025-07-05", "2025-12-20", "2026-04-30", "2026-06-28", "2026-09-04"]);
const signed = subProject(["2025-07-05", "2025-12-20", "2026-04-30", "2026-06-28", "2026-09-04", "2026-09-25"]);

describe("the milestone sequence", () => {
  it("runs from 可研批复 to 完工 in the order of the loan agreement", () => {
    expect(MILESTONE_SEQUENCE.map((k) => MILESTONE_LABELS[k])).toEqual([
      "可研批复", "初步设计批复", "招标文件亚行不反对", "开标评标", "招标结果亚行批复", "合同签订", "开工", "完工",
    ]);
  });
});

describe("recording an actual date", () => {
  it("refuses 开工 before ADB has approved the tender result, saying so", () => {
    const r = checkActualDate(awaitingTender, "CONSTRUCTION_START", "2026-11-01", TODAY);
    expect(r).toEqual({ ok: false, message: "招标结果尚未获亚行批复，不能登记开工" });
  });

  it("refuses a milestone whose predecessor is not complete, naming the predecessor", () => {
    const r = checkActualDate(awaitingTender, "CONTRACT_SIGNING", "2026-11-01", TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("「招标结果亚行批复」尚未完成");
    // 开工 after approval but before the contract: the contract is what is missing now.
    const c = checkActualDate(tenderApproved, "CONSTRUCTION_START", "2026-11-01", TODAY);
    expect(!c.ok && c.message).toContain("「合同签订」尚未完成");
  });

  it("accepts the next milestone on or after its predecessor's date", () => {
    expect(checkActualDate(awaitingTender, "TENDER_RESULT_APPROVAL", "2026-06-28", TODAY)).toEqual({ ok: true });
    expect(checkActualDate(signed, "CONSTRUCTION_START", "2026-10-08", TODAY)).toEqual({ ok: true });
  });

  it("refuses a date before the predecessor's actual date", () => {
    const r = checkActualDate(signed, "CONSTRUCTION_START", "2026-09-24", TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("不能早于「合同签订」的实际日期 2026-09-25");
  });

  it("refuses a date in the future, but accepts today", () => {
    expect(checkActualDate(awaitingTender, "TENDER_RESULT_APPROVAL", "2026-11-24", TODAY).ok).toBe(false);
    expect(checkActualDate(awaitingTender, "TENDER_RESULT_APPROVAL", TODAY, TODAY).ok).toBe(true);
  });

  it("refuses moving a completed milestone after its completed successor", () => {
    const r = checkActualDate(signed, "TENDER_RESULT_APPROVAL", "2026-10-01", TODAY);
    expect(!r.ok && r.message).toContain("晚于已登记的「合同签订」（2026-09-25）");
    expect(checkActualDate(signed, "TENDER_RESULT_APPROVAL", "2026-09-20", TODAY).ok).toBe(true);
  });

  it("the first milestone has no predecessor", () => {
    expect(checkActualDate(subProject([]), "FEASIBILITY_APPROVAL", "2020-01-01", TODAY)).toEqual({ ok: true });
  });

  it("treats missing milestone rows as not completed", () => {
    const rows: MilestoneDates[] = [{ kind: "FEASIBILITY_APPROVAL", plannedDate: null, actualDate: "2025-01-01" }];
    expect(checkActualDate(rows, "PRELIMINARY_DESIGN_APPROVAL", "2025-02-01", TODAY).ok).toBe(true);
    expect(checkActualDate(rows, "CONSTRUCTION_START", "2025-02-01", TODAY)).toEqual({ ok: false, message: "招标结果尚未获亚行批复，不能登记开工" });
  });
});

describe("clearing an actual date", () => {
  it("is refused while a later milestone is completed", () => {
    const r = checkActualDate(signed, "TENDER_RESULT_APPROVAL", null, TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain("「合同签订」已登记完成，不能撤销「招标结果亚行批复」");
  });

  it("is allowed for the last completed milestone", () => {
    expect(checkActualDate(signed, "CONTRACT_SIGNING", null, TODAY)).toEqual({ ok: true });
  });
});

describe("overdue milestones and progress", () => {
  it("a milestone is overdue once its planned date has passed without an actual date", () => {
    expect(isOverdue({ plannedDate: "2026-11-22", actualDate: null }, TODAY)).toBe(true);
    expect(isOverdue({ plannedDate: TODAY, actualDate: null }, TODAY)).toBe(false);
    expect(isOverdue({ plannedDate: "2026-01-01", actualDate: "2026-03-01" }, TODAY)).toBe(false);
    expect(isOverdue({ plannedDate: null, actualDate: null }, TODAY)).toBe(false);
  });

  it("a sub-project's current milestone is the first one not completed", () => {
    const p = progressOf(subProject(["2025-07-05", "2025-12-20"], { BIDDING_DOCS_NO_OBJECTION: "2026-04-25", BID_OPENING_EVALUATION: "2026-12-25" }), TODAY);
    expect(p).toEqual({ completed: 2, current: "BIDDING_DOCS_NO_OBJECTION", lastCompleted: "PRELIMINARY_DESIGN_APPROVAL", overdue: ["BIDDING_DOCS_NO_OBJECTION"], finished: false });
    const done = progressOf(subProject(["2022-01-01", "2022-02-01", "2022-03-01", "2022-04-01", "2022-05-01", "2022-06-01", "2022-07-01", "2024-01-01"]), TODAY);
    expect(done).toMatchObject({ completed: 8, current: null, lastCompleted: "COMPLETION", finished: true });
  });

  it("today is the date in China", () => {
    expect(chinaToday(new Date("2026-11-23T16:30:00Z"))).toBe("2026-11-24");
    expect(chinaToday(new Date("2026-11-23T15:59:59Z"))).toBe("2026-11-23");
    expect(isIsoDay("2026-02-29")).toBe(false);
    expect(isIsoDay("2028-02-29")).toBe(true);
  });
});

describe("programme totals", () => {
  it("sums allocations exactly in yuan and gives shares in basis points", () => {
    // Sixteen allocations of the demo programme in 万元, one with a fractional part.
    const wan = ["18600", "8600", "7400", "7900", "6500", "7200", "6800", "6300", "5900", "5200", "5300.5", "4800", "4100", "4056.5", "3600", "2400"];
    const toYuan = (w: string) => BigInt(Math.round(Number(w) * 10)) * 1000n;
    const subs = wan.map((w, i) => ({
      adbAllocation: toYuan(w), counterpartFunds: 1n, disbursed: i === 0 ? 123_456_789n : 0n,
      milestones: i < 2 ? subProject(["2022-01-01", "2022-02-01", "2022-03-01", "2022-04-01", "2022-05-01", "2022-06-01", "2022-07-01", "2024-01-01"]) : subProject([], { FEASIBILITY_APPROVAL: "2026-01-01" }),
    }));
    const t = programmeTotals(subs, TODAY);
    expect(t.subProjects).toBe(16);
    expect(t.allocated).toBe(1_046_570_000n); // 104,657 万元 = 10.4657 亿元
    expect(t.counterpart).toBe(16n);
    expect(t.investment).toBe(t.allocated + 16n);
    expect(t.disbursed).toBe(123_456_789n);
    // 123,456,789 / 1,046,570,000 = 11.796…% → 1180 bp
    expect(t.disbursedShareBp).toBe(1180);
    expect(t).toMatchObject({ milestonesCompleted: 16, milestonesTotal: 128, milestoneShareBp: 1250, subProjectsCompleted: 2, overdueMilestones: 14, subProjectsOverdue: 14 });
  });

  it("has no shares for an empty programme", () => {
    expect(programmeTotals([], TODAY)).toMatchObject({ subProjects: 0, allocated: 0n, disbursedShareBp: null, milestoneShareBp: null });
  });

  it("keeps disbursements within the allocation", () => {
    expect(checkDisbursement(100_000_000n, 60_000_000n, 40_000_000n)).toEqual({ ok: true, remaining: 0n });
    expect(checkDisbursement(100_000_000n, 60_000_000n, 40_000_001n)).toEqual({ ok: false, remaining: 40_000_000n });
  });
});

describe("the timeline axis", () => {
  it("covers whole quarters from the earliest to the latest day", () => {
    const axis = timelineAxis(["2022-02-15", "2023-11-30", "2022-09-01"])!;
    expect(axis.start).toBe("2022-01-01");
    expect(axis.end).toBe("2024-01-01");
    expect(axis.quarters).toHaveLength(8);
    expect(axis.quarters[4]).toMatchObject({ start: "2023-01-01", year: 2023, quarter: 1 });
    expect(axis.quarters.reduce((s, q) => s + q.width, 0)).toBeCloseTo(1, 10);
    expect(positionOf(axis, "2023-01-01")).toBeCloseTo(365 / 730, 10);
    expect(positionOf(axis, "2030-01-01")).toBe(1);
    expect(timelineAxis([])).toBeNull();
  });
});
