// Money is a bigint of yuan (元). It is never a binary float: amounts of tens of 亿元 must sum
// exactly on SQLite and PostgreSQL alike. Input and display are in 万元 / 亿元.

export type Yuan = bigint;

export const YUAN_PER_WAN = 10_000n;
export const YUAN_PER_YI = 100_000_000n;
/** 万元 are typed with at most 4 decimals, i.e. to the yuan. */
export const WAN_DECIMALS = 4;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal amount in the given unit (yuan per unit) to exact yuan.
 * Returns null when the text is not a plain decimal or has more precision than one yuan.
 */
export function parseDecimalToYuan(text: string, yuanPerUnit: bigint, maxDecimals: number): Yuan | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, sign, whole, frac = ""] = m;
  if (frac.length > maxDecimals) return null;
  const scale = 10n ** BigInt(frac.length);
  const numerator = BigInt(whole + frac) * yuanPerUnit;
  if (numerator % scale !== 0n) return null;
  const value = numerator / scale;
  return sign === "-" ? -value : value;
}

/** "1234.5678" (万元) → 12345678n yuan; null when not a number or finer than one yuan. */
export function wanToYuan(text: string): Yuan | null {
  return parseDecimalToYuan(text, YUAN_PER_WAN, WAN_DECIMALS);
}

/** Exact decimal text of yuan in 万元, without trailing zeros: 12345678n → "1234.5678". */
export function yuanToWanText(yuan: Yuan): string {
  return toDecimalText(yuan, YUAN_PER_WAN, 4);
}

/** Divides with half-away-from-zero rounding to `digits` decimals and renders the result. */
export function toDecimalText(value: bigint, divisor: bigint, digits: number, keepZeros = false): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(digits);
  const scaled = (abs * scale * 2n + divisor) / (divisor * 2n);
  const whole = scaled / scale;
  let frac = digits > 0 ? (scaled % scale).toString().padStart(digits, "0") : "";
  if (!keepZeros) frac = frac.replace(/0+$/, "");
  const body = frac ? `${whole}.${frac}` : `${whole}`;
  return negative && scaled !== 0n ? `-${body}` : body;
}

export function sumYuan(values: Iterable<Yuan | null | undefined>): Yuan {
  let total = 0n;
  for (const v of values) if (v != null) total += v;
  return total;
}

export function maxYuan(a: Yuan, b: Yuan): Yuan {
  return a > b ? a : b;
}

/** 亿元 as a number, for chart geometry only (never for sums or display text). */
export function yuanToYiNumber(yuan: Yuan): number {
  return Number(toDecimalText(yuan, YUAN_PER_YI, 4));
}
