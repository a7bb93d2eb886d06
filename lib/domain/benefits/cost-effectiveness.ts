// 元 of financing per tonne of CO2 reduced a year: what a bank or a leader compares projects by.
import type { Yuan } from "../money";

/** Whole yuan per tCO2/yr, half up; null when there is no reduction to divide by. */
export function yuanPerTco2(financing: Yuan, tco2PerYear: number | null): Yuan | null {
  if (tco2PerYear === null || !Number.isFinite(tco2PerYear) || tco2PerYear <= 0) return null;
  // Tonnes to hundredths as an integer, so the division itself is exact bigint arithmetic.
  const centiTonnes = BigInt(Math.round(tco2PerYear * 100));
  if (centiTonnes === 0n) return null;
  const num = financing * 100n;
  return (num * 2n + centiTonnes) / (centiTonnes * 2n);
}
