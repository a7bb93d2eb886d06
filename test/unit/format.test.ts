import { describe, expect, it } from "vitest";
import { formatMoney, formatRateBp, formatTco2, formatWan, formatWanPlain, formatYi, formatYiPlain } from "@/lib/domain/format";
import { addWorkingDays } from "@/lib/domain/working-days";

describe("formatting", () => {
  it("writes 万元 with grouping and 亿元 with up to four decimals", () => {
    expect(formatWan(12_345_678n)).toBe("1,234.57 万元");
    expect(formatWan(700_000n)).toBe("70.00 万元");
    expect(formatYi(1_046_570_000n)).toBe("10.4657 亿元");
    expect(formatYi(2_200_000_000n)).toBe("22 亿元");
  });

  it("switches to 亿元 from one 亿 up", () => {
    expect(formatMoney(99_990_000n)).toBe("9,999.00 万元");
    expect(formatMoney(100_000_000n)).toBe("1 亿元");
    expect(formatMoney(-250_000_000n)).toBe("-2.5 亿元");
  });

  it("formats rates and tonnes", () => {
    expect(formatRateBp(4531)).toBe("45.3%");
    expect(formatRateBp(null)).toBe("—");
    expect(formatTco2(1712)).toBe("1,712 tCO₂e/年");
    expect(formatTco2(123_456)).toBe("12.35 万tCO₂e/年");
  });
});

describe("working days", () => {
  it("skips weekends", () => {
    const friday = new Date("2026-11-20T00:00:00Z");
    expect(addWorkingDays(friday, 1).toISOString().slice(0, 10)).toBe("2026-11-23");
    expect(addWorkingDays(friday, 10).toISOString().slice(0, 10)).toBe("2026-12-04");
  });
});

describe("plain column amounts", () => {
  it("write 万元 and 亿元 figures without the unit, with fixed decimals", () => {
    expect(formatWanPlain(123_456_789n)).toBe("12,345.68");
    expect(formatYiPlain(1_046_570_000n)).toBe("10.47");
    expect(formatYiPlain(0n)).toBe("0.00");
  });
});

describe("date and time", () => {
  it("shows China Standard Time", async () => {
    const { formatDateTime } = await import("@/lib/domain/format");
    expect(formatDateTime(new Date("2026-11-23T16:30:00Z"))).toBe("2026-11-24 00:30");
    expect(formatDateTime(null)).toBe("—");
  });
});
