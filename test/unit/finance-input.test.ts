import { describe, expect, it } from "vitest";
import { chinaToday } from "@/lib/domain/calendar";
import { carbonToolApplies } from "@/lib/domain/instruments";
import { bpToPercentText, parseRatePercent } from "@/lib/domain/rate-input";
import { financingCreateInput, productCreateInput } from "@/lib/validation/finance";

describe("rates typed in percent", () => {
  it("reads plain, percent-signed and full-width rates as basis points", () => {
    expect(parseRatePercent("3.45")).toEqual({ ok: true, bp: 345 });
    expect(parseRatePercent("3.45%")).toEqual({ ok: true, bp: 345 });
    expect(parseRatePercent("３．４５％")).toEqual({ ok: true, bp: 345 });
    expect(parseRatePercent("4")).toEqual({ ok: true, bp: 400 });
    expect(parseRatePercent(2.5)).toEqual({ ok: true, bp: 250 });
    expect(parseRatePercent("0.05")).toEqual({ ok: true, bp: 5 });
  });

  it("refuses what is not a rate", () => {
    for (const bad of ["3.456", "-1", "abc", "", "31", null]) expect(parseRatePercent(bad).ok).toBe(false);
  });

  it("shows a rate again as the person typed it", () => {
    expect(bpToPercentText(345)).toBe("3.45");
    expect(bpToPercentText(400)).toBe("4");
    expect(bpToPercentText(310)).toBe("3.1");
    expect(bpToPercentText(5)).toBe("0.05");
  });
});

describe("calendar days in China time", () => {
  it("an instant late in the UTC evening is already the next day in China", () => {
    expect(chinaToday(new Date("2026-11-23T16:30:00Z"))).toBe("2026-11-24");
    expect(chinaToday(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(chinaToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
});

describe("financing record input", () => {
  const valid = { institutionId: "3", instrument: "GREEN_LOAN", amount: "3000", date: "2026-11-20", status: "DISBURSED" };

  it("turns 万元 into exact yuan and a date into that day at 00:00 UTC", () => {
    const r = financingCreateInput.parse({ ...valid, amount: "1.2亿", rateBp: "3.2", carbonTool: "on" });
    expect(r.amount).toBe(120_000_000n);
    expect(r.date.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(r).toMatchObject({ rateBp: 320, carbonTool: true });
  });

  it("names the field of every mistake", () => {
    const r = financingCreateInput.safeParse({ ...valid, amount: "0", date: "2026-13-01", status: "PAID", termMonths: "0" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(["amount", "date", "status", "termMonths"]);
  });

  it("only loans may carry the carbon reduction support tool", () => {
    expect(["GREEN_LOAN", "PLEDGE_LOAN", "TRANSITION_LOAN"].every(carbonToolApplies)).toBe(true);
    expect(["GREEN_BOND", "ADB_LOAN", "FISCAL", "GREEN_FUND", "PPP", "OTHER"].some(carbonToolApplies)).toBe(false);
  });
});

describe("product input", () => {
  it("reads categories and regions from a form's comma list or a JSON array", () => {
    const a = productCreateInput.parse({ name: "绿色贷", instrument: "GREEN_LOAN", categoryIds: "1,3", regionIds: "" });
    expect(a).toMatchObject({ categoryIds: [1, 3], regionIds: [] });
    const b = productCreateInput.parse({ name: "绿色贷", instrument: "GREEN_LOAN", categoryIds: [2] });
    expect(b.categoryIds).toEqual([2]);
  });

  it("refuses a range upside down, beside the upper bound", () => {
    const r = productCreateInput.safeParse({ name: "绿色贷", instrument: "GREEN_LOAN", categoryIds: "1", minAmount: "5000", maxAmount: "1000", minTermMonths: "60", maxTermMonths: "12" });
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(["maxAmount", "maxTermMonths"]);
  });
});
