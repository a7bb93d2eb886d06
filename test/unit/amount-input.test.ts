import { describe, expect, it } from "vitest";
import { parseAmount, toHalfWidth } from "@/lib/domain/amount-input";

const yuan = (input: unknown, unit?: "万元" | "元") => {
  const r = parseAmount(input, unit);
  return r.ok ? r.yuan : r.message;
};

describe("amount input", () => {
  it.each([
    [1234.5, 12_345_000n],
    ["1234.5", 12_345_000n],
    ["1,234.5", 12_345_000n],
    ["12,345,678", 123_456_780_000n],
    ["3500万", 35_000_000n],
    ["3500万元", 35_000_000n],
    ["1.2亿", 120_000_000n],
    ["10.4657亿元", 1_046_570_000n],
    ["120000元", 120_000n],
    ["１２３４．５", 12_345_000n],
    ["３５００万", 35_000_000n],
    [" 70 ", 700_000n],
    ["0.0001", 1n],
    ["+5", 50_000n],
    [0.1 + 0.2, 3_000n],
    [0, 0n],
    [12n, 120_000n],
  ])("accepts %s", (input, expected) => {
    expect(yuan(input)).toBe(expected);
  });

  it("reads a bare number in yuan when the column is in yuan", () => {
    expect(yuan("120000", "元")).toBe(120_000n);
    expect(yuan("12万", "元")).toBe(120_000n);
  });

  it.each([
    ["", "金额不能为空"],
    [null, "金额不能为空"],
    ["-5", "金额不能为负数"],
    ["abc", "无法识别的金额"],
    ["1,23.4", "千分位格式不正确"],
    ["12,3456", "千分位格式不正确"],
    ["1.23456", "最多 4 位小数"],
    ["1.123456789亿", "最多 8 位小数"],
    ["12.5元", "不能有小数"],
    ["1e5", "无法识别的金额"],
    ["5美元", "无法识别的金额"],
    [Number.NaN, "不是有效数字"],
    [Number.POSITIVE_INFINITY, "不是有效数字"],
    [{}, "不是有效数字"],
  ])("rejects %s with a message", (input, message) => {
    expect(yuan(input)).toContain(message);
  });

  it("converts full-width text", () => {
    expect(toHalfWidth("ＸＴ－００１　１２")).toBe("XT-001 12");
  });
});
