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
});
