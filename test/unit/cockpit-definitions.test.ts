import { describe, expect, it } from "vitest";
import { chinaMonth, chinaYearRange, FUNNEL_PUSH_STAGE, furthestPushStage, monthlySeries } from "@/lib/domain/cockpit/definitions";
import { instrumentSet, instrumentsOf, instrumentToken } from "@/lib/domain/instruments";
import { rng } from "@/lib/db/generate/random";

describe("cockpit definitions", () => {
  it("a year is the calendar year in China time", () => {
    const y = chinaYearRange(2025);
    expect(y.gte.toISOString()).toBe("2024-12-31T16:00:00.000Z");
    expect(y.lt.toISOString()).toBe("2025-12-31T16:00:00.000Z");
    // 2025-12-31 20:00 UTC is already 2026-01-01 in China.
    expect(chinaMonth(new Date("2025-12-31T20:00:00Z"))).toBe("2026-01");
    expect(chinaMonth(new Date("2025-03-31T00:00:00Z"))).toBe("2025-03");
  });

  it("monthly series add up per month and fill empty months with zero", () => {
    const s = monthlySeries([
      { month: "2024-11", amount: 5n, count: 1 },
      { month: "2025-02", amount: 7n, count: 2 },
      { month: "2024-11", amount: 3n, count: 1 },
    ]);
    expect(s).toEqual([
      { month: "2024-11", amount: 8n, count: 2 },
      { month: "2024-12", amount: 0n, count: 0 },
      { month: "2025-01", amount: 0n, count: 0 },
      { month: "2025-02", amount: 7n, count: 2 },
    ]);
    expect(monthlySeries([])).toEqual([]);
  });

  it("a project's funnel stage is the furthest any of its pushes' current answers has reached", () => {
    expect(furthestPushStage([])).toBe(0);
    expect(furthestPushStage(["PENDING", "DECLINED"])).toBe(FUNNEL_PUSH_STAGE.pushed);
    expect(furthestPushStage(["DECLINED", "DUE_DILIGENCE"])).toBe(FUNNEL_PUSH_STAGE.interested);
    expect(furthestPushStage(["INTERESTED", "APPROVED", "PENDING"])).toBe(FUNNEL_PUSH_STAGE.approved);
    expect(furthestPushStage(["DISBURSED", "DECLINED"])).toBe(FUNNEL_PUSH_STAGE.disbursed);
    // Each step needs more than the one before, so the funnel can only narrow.
    expect(Object.values(FUNNEL_PUSH_STAGE)).toEqual([1, 2, 3, 4]);
  });

  it("the financed instruments cached on a project are one sorted, delimited text a filter can search", () => {
    const set = instrumentSet(["GREEN_LOAN", "FISCAL", "GREEN_LOAN"]);
    expect(set).toBe("|FISCAL|GREEN_LOAN|");
    expect(instrumentSet([])).toBe("");
    expect(instrumentsOf(set)).toEqual(["FISCAL", "GREEN_LOAN"]);
    expect(instrumentsOf("")).toEqual([]);
    expect(set.includes(instrumentToken("GREEN_LOAN"))).toBe(true);
    expect(instrumentSet(["TRANSITION_LOAN"]).includes(instrumentToken("LOAN"))).toBe(false);
  });

  it("the generator's random numbers repeat for a seed", () => {
    const a = rng(7), b = rng(7);
    const xs = Array.from({ length: 5 }, () => a.int(1, 1000));
    expect(Array.from({ length: 5 }, () => b.int(1, 1000))).toEqual(xs);
    expect(rng(8).int(1, 1000)).not.toBe(xs[0]);
  });
});
