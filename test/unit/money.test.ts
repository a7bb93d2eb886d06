import { describe, expect, it } from "vitest";
import { parseDecimalToYuan, sumYuan, toDecimalText, wanToYuan, yuanToWanText, YUAN_PER_YI } from "@/lib/domain/money";

describe("money", () => {
  it("parses 万元 with up to four decimals exactly to the yuan", () => {
    expect(wanToYuan("1234.5678")).toBe(12_345_678n);
    expect(wanToYuan("104657")).toBe(1_046_570_000n);
    expect(wanToYuan("0.0001")).toBe(1n);
    expect(wanToYuan(" 70 ")).toBe(700_000n);
    expect(wanToYuan("-3.5")).toBe(-35_000n);
  });

  it("rejects text that is not a plain decimal or is finer than one yuan", () => {
    for (const bad of ["", "abc", "1,000", "1.23456", "1e5", "12.3.4", "NaN"]) expect(wanToYuan(bad)).toBeNull();
  });

  it("handles amounts far beyond binary-float precision", () => {
    const huge = wanToYuan("1234567890123.4567")!;
    expect(huge).toBe(12_345_678_901_234_567n);
    expect(yuanToWanText(huge)).toBe("1234567890123.4567");
    expect(sumYuan([huge, 1n, null, undefined])).toBe(12_345_678_901_234_568n);
  });

  it("rounds half away from zero when shortening decimals", () => {
    expect(toDecimalText(12_345n, 10_000n, 2)).toBe("1.23");
    expect(toDecimalText(12_350n, 10_000n, 2)).toBe("1.24");
    expect(toDecimalText(-12_350n, 10_000n, 2)).toBe("-1.24");
    expect(toDecimalText(1_046_570_000n, YUAN_PER_YI, 4)).toBe("10.4657");
    expect(toDecimalText(2_200_000_000n, YUAN_PER_YI, 4, true)).toBe("22.0000");
  });

  it("parses other units with their own scale", () => {
    expect(parseDecimalToYuan("1.2", YUAN_PER_YI, 8)).toBe(120_000_000n);
    expect(parseDecimalToYuan("0.000000001", YUAN_PER_YI, 9)).toBeNull();
  });
});
