import { describe, expect, it } from "vitest";
import { chinaMonth, chinaYearRange, monthlySeries } from "@/lib/domain/cockpit/definitions";
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

  it("the generator's random numbers repeat for a seed", () => {
    const a = rng(7), b = rng(7);
    const xs = Array.from({ length: 5 }, () => a.int(1, 1000));
    expect(Array.from({ length: 5 }, () => b.int(1, 1000))).toEqual(xs);
    expect(rng(8).int(1, 1000)).not.toBe(xs[0]);
  });
});
