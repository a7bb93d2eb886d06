import { describe, expect, it } from "vitest";
import { defaultNeed, fundingFigures, fundingRateBp, fundingStateOf, gapOf, securedOf } from "@/lib/domain/funding";

describe("funding figures", () => {
  it("need defaults to total minus own funds, never negative", () => {
    expect(defaultNeed(100n, 30n)).toBe(70n);
    expect(defaultNeed(100n, 130n)).toBe(0n);
  });

  it("secured sums approved and disbursed records; gap never goes below zero", () => {
    const records = [{ amount: 40n, status: "APPROVED" as const }, { amount: 25n, status: "DISBURSED" as const }];
    expect(securedOf(records)).toBe(65n);
    expect(gapOf(100n, 65n)).toBe(35n);
    expect(gapOf(100n, 150n)).toBe(0n);
  });

  it("funding rate is in basis points, rounded half up, and undefined without need", () => {
    expect(fundingRateBp(1n, 3n)).toBe(3333);
    expect(fundingRateBp(2n, 3n)).toBe(6667);
    expect(fundingRateBp(150n, 100n)).toBe(15000);
    expect(fundingRateBp(10n, 0n)).toBeNull();
  });

  it("classifies unfunded, partly and fully funded", () => {
    expect(fundingStateOf(100n, 0n)).toBe("UNFUNDED");
    expect(fundingStateOf(100n, 1n)).toBe("PARTLY");
    expect(fundingStateOf(100n, 100n)).toBe("FULLY");
    expect(fundingFigures(1_000n, [{ amount: 250n, status: "APPROVED" }])).toEqual({ need: 1_000n, secured: 250n, gap: 750n, rateBp: 2500, state: "PARTLY" });
  });

  it("a project without need has no rate; any money makes it fully funded", () => {
    expect(fundingFigures(0n, [])).toEqual({ need: 0n, secured: 0n, gap: 0n, rateBp: null, state: "UNFUNDED" });
    expect(fundingFigures(0n, [{ amount: 5n, status: "DISBURSED" }])).toMatchObject({ gap: 0n, rateBp: null, state: "FULLY" });
  });

  it("over-funding shows a rate above 100% and a gap of zero", () => {
    expect(fundingFigures(30_000_000n, [{ amount: 20_000_000n, status: "APPROVED" }, { amount: 15_000_000n, status: "DISBURSED" }]))
      .toEqual({ need: 30_000_000n, secured: 35_000_000n, gap: 0n, rateBp: 11667, state: "FULLY" });
  });

  it("many small records sum exactly, even past what a float holds", () => {
    const yuanEach = Array.from({ length: 10_000 }, () => ({ amount: 1n, status: "APPROVED" as const }));
    expect(securedOf(yuanEach)).toBe(10_000n);
    // 0.1 + 0.2 style drift is impossible: 3 × 9,007,199,254,740,993 元 exceeds 2^53 and stays exact.
    const huge = Array.from({ length: 3 }, () => ({ amount: 9_007_199_254_740_993n, status: "DISBURSED" as const }));
    expect(securedOf(huge)).toBe(27_021_597_764_222_979n);
    const tenths = Array.from({ length: 7 }, () => ({ amount: 1_000n, status: "APPROVED" as const }));
    expect(fundingFigures(10_000n, tenths)).toMatchObject({ secured: 7_000n, gap: 3_000n, rateBp: 7000 });
  });
});
