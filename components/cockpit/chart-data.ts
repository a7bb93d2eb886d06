// Cockpit figures as chart rows: amounts drawn in 亿元 when the largest is at least one 亿, else in
// 万元; the tooltip shows the exact figure, formatted as the bureau's reports write it.
import { formatMoney } from "@/lib/domain/format";
import { toDecimalText, YUAN_PER_WAN, YUAN_PER_YI, type Yuan } from "@/lib/domain/money";
import { m } from "@/lib/i18n";
import type { DrillRow } from "./drill-bar-chart";

export function moneyScale(amounts: Yuan[]): { unit: string; of: (y: Yuan) => number } {
  const max = amounts.reduce((a, b) => (b > a ? b : a), 0n);
  const [unit, divisor] = max >= YUAN_PER_YI ? [m.units.yi, YUAN_PER_YI] : [m.units.wan, YUAN_PER_WAN];
  return { unit, of: (y) => Number(toDecimalText(y, divisor, 4)) };
}

/** Rows of secured and gap per group (category, district, stage). */
export function securedGapRows(groups: { label: string; secured: Yuan; gap: Yuan; href: string }[]) {
  const scale = moneyScale(groups.map((g) => g.secured + g.gap));
  const rows: DrillRow[] = groups.map((g) => ({
    label: g.label, href: g.href,
    values: { secured: scale.of(g.secured), gap: scale.of(g.gap) },
    texts: { secured: formatMoney(g.secured), gap: formatMoney(g.gap) },
  }));
  return { rows, unit: scale.unit };
}

export function amountRows(items: { label: string; amount: Yuan; href: string }[]) {
  const scale = moneyScale(items.map((i) => i.amount));
  const rows: DrillRow[] = items.map((i) => ({ label: i.label, href: i.href, values: { amount: scale.of(i.amount) }, texts: { amount: formatMoney(i.amount) } }));
  return { rows, unit: scale.unit };
}
