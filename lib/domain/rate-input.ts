// Rates as people type them: "3.45", "3.45%", "３．４５％" (percent a year) → basis points.
import { toHalfWidth } from "./amount-input";

export type RateResult = { ok: true; bp: number } | { ok: false; message: string };

/** Annual rates above this are typing mistakes in green finance, not real offers. */
const MAX_BP = 3000;

export function parseRatePercent(input: unknown): RateResult {
  const text = typeof input === "number" ? String(input) : typeof input === "string" ? toHalfWidth(input).trim().replace(/%$/, "").trim() : null;
  if (text === null || !/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, message: "利率请填写百分数，最多 2 位小数，如 3.45" };
  const [whole, frac = ""] = text.split(".");
  const bp = Number(whole) * 100 + Number(frac.padEnd(2, "0"));
  if (bp > MAX_BP) return { ok: false, message: "利率不能超过 30%" };
  return { ok: true, bp };
}

/** 345 → "3.45": the value a rate field shows again for editing. */
export function bpToPercentText(bp: number): string {
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, "0")}`.replace(/\.?0+$/, "");
}
