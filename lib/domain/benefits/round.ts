/**
 * Figures are kept to 0.01 t (or tce, MWh, ha), half away from zero: the precision a project
 * report gives, and one that does not let binary fractions (633.0719999…) leak into the trace.
 */
export function roundFigure(value: number): number {
  const scaled = Math.abs(value) * 100;
  // Nudge by a relative epsilon so 1.005 (stored as 1.00499999…) rounds as written.
  const rounded = Math.round(scaled * (1 + 4 * Number.EPSILON)) / 100;
  return value < 0 ? -rounded : rounded;
}

/** Whole tonnes, as public reports quote them (633 tce, 1,712 tCO2). */
export function roundWhole(value: number): number {
  return value < 0 ? -Math.round(-value) : Math.round(value);
}
