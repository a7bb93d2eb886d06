// The one place where money, rates and climate figures become text (万元 / 亿元 / tCO2).
import { toDecimalText, YUAN_PER_WAN, YUAN_PER_YI, type Yuan } from "./money";

function groupThousands(text: string): string {
  const [whole, frac] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac !== undefined ? `${sign}${grouped}.${frac}` : `${sign}${grouped}`;
}

/** 12345678n → "1,234.57 万元". */
export function formatWan(yuan: Yuan, digits = 2): string {
  return `${groupThousands(toDecimalText(yuan, YUAN_PER_WAN, digits, true))} 万元`;
}

/** 1046570000n → "10.4657 亿元" (up to 4 decimals, trailing zeros dropped). */
export function formatYi(yuan: Yuan, digits = 4): string {
  return `${groupThousands(toDecimalText(yuan, YUAN_PER_YI, digits))} 亿元`;
}

/** A column of amounts in 万元 (the unit is in the header): 12345678n → "1,234.57". */
export function formatWanPlain(yuan: Yuan, digits = 2): string {
  return groupThousands(toDecimalText(yuan, YUAN_PER_WAN, digits, true));
}

/** A column of amounts in 亿元 (the unit is in the header): 136700000n → "1.37". */
export function formatYiPlain(yuan: Yuan, digits = 2): string {
  return groupThousands(toDecimalText(yuan, YUAN_PER_YI, digits, true));
}

/** 亿元 from one 亿 up, 万元 below: how the bureau's own reports write amounts. */
export function formatMoney(yuan: Yuan): string {
  const abs = yuan < 0n ? -yuan : yuan;
  return abs >= YUAN_PER_YI ? formatYi(yuan) : formatWan(yuan);
}

/** Basis points (10000 = 100%) → "45.3%"; null → "—". */
export function formatRateBp(bp: number | null, digits = 1): string {
  if (bp === null) return "—";
  return `${(bp / 100).toFixed(digits)}%`;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value.toLocaleString("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Tonnes of CO2 a year, in 万吨 once it reaches ten thousand. */
export function formatTco2(tonnes: number | null | undefined): string {
  if (tonnes === null || tonnes === undefined) return "—";
  return tonnes >= 10_000 ? `${formatNumber(tonnes / 10_000, 2)} 万tCO₂e/年` : `${formatNumber(tonnes, 0)} tCO₂e/年`;
}

/** "2026-11-23 14:05" in China Standard Time, where every user of the product works. */
export function formatDateTime(date: Date | string | null | undefined): string {
  if (!date) return "—";
  const d = new Date(typeof date === "string" ? date : date.getTime());
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

export function formatDate(date: Date | string | null | undefined): string {
  if (!date) return "—";
  const d = typeof date === "string" ? new Date(date) : date;
  return d.toISOString().slice(0, 10);
}

/** A measured quantity with as many decimals as it has, up to `maxDigits`: 0.5306, 1,760, 633.07. */
export function formatQuantity(value: number, maxDigits = 4): string {
  if (!Number.isFinite(value)) return "—";
  return value.toLocaleString("zh-CN", { maximumFractionDigits: maxDigits });
}

/** A climate figure with its unit, to 0.01 at most: 633.07 → "633.07 tce/年"; none → "—". */
export function formatFigure(value: number | null | undefined, unit: string, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${formatQuantity(value, maxDigits)} ${unit}`;
}

/** Whole yuan per tonne: 5840n → "5,840 元/(tCO₂/年)"; none → "—". */
export function formatYuanPerTonne(yuan: Yuan | null): string {
  return yuan === null ? "—" : `${groupThousands(yuan.toString())} 元/(tCO₂/年)`;
}
