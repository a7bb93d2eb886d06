// Amounts as people type them in forms and spreadsheets: 1234.5 / "1,234.5" / "3500万" /
// "1.2亿" / "１２３４．５" / "800万元" / "120000元". A bare number is in the column's unit
// (万元 unless said otherwise). The result is exact yuan, or a Chinese message saying why not.
import { parseDecimalToYuan, YUAN_PER_WAN, YUAN_PER_YI, type Yuan } from "./money";

export type AmountResult = { ok: true; yuan: Yuan; note?: string } | { ok: false; message: string };

const UNITS: { suffix: RegExp; perUnit: bigint; decimals: number; name: string }[] = [
  { suffix: /亿元?$/, perUnit: YUAN_PER_YI, decimals: 8, name: "亿元" },
  { suffix: /万元?$/, perUnit: YUAN_PER_WAN, decimals: 4, name: "万元" },
  { suffix: /元$/, perUnit: 1n, decimals: 0, name: "元" },
];

/** Full-width digits and punctuation (as typed with a Chinese input method) to ASCII. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[。]/g, ".");
}

function numberToText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  // Spreadsheet cells hold binary doubles: 0.1 + 0.2 style noise is cut at 8 decimals.
  return Number(value.toFixed(8)).toString().includes("e") ? null : Number(value.toFixed(8)).toString();
}

export function parseAmount(input: unknown, defaultUnit: "万元" | "元" = "万元"): AmountResult {
  if (input === null || input === undefined || input === "") return { ok: false, message: "金额不能为空" };
  let text: string;
  if (typeof input === "number") {
    const t = numberToText(input);
    if (t === null) return { ok: false, message: "金额不是有效数字" };
    text = t;
  } else if (typeof input === "string") {
    text = toHalfWidth(input).trim().replace(/\s+/g, "");
  } else if (typeof input === "bigint") {
    text = input.toString();
  } else {
    return { ok: false, message: "金额不是有效数字" };
  }
  if (text.startsWith("-")) return { ok: false, message: "金额不能为负数" };
  if (text.startsWith("+")) text = text.slice(1);

  let unit = UNITS.find((u) => u.name === defaultUnit)!;
  for (const u of UNITS) {
    if (u.suffix.test(text)) {
      unit = u;
      text = text.replace(u.suffix, "");
      break;
    }
  }
  if (text.includes(",")) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { ok: false, message: `千分位格式不正确："${input}"` };
    text = text.replace(/,/g, "");
  }
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, message: `无法识别的金额："${input}"（示例：1234.5、1,234.5、3500万、1.2亿）` };
  const yuan = parseDecimalToYuan(text, unit.perUnit, unit.decimals);
  if (yuan === null) {
    return { ok: false, message: unit.name === "元" ? "以元为单位时不能有小数" : `金额精确到元即可：${unit.name}最多 ${unit.decimals} 位小数` };
  }
  return { ok: true, yuan };
}
