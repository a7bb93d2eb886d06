// A project's benefit is the sum of its lines (a scenic area may have rooftop PV and energy
// saving): each line is computed by its calculator, figures are rounded per line and added.
import { runLine } from "./calculators";
import { CalcContext } from "./context";
import { roundFigure } from "./round";
import { FIGURE_KEYS, type BenefitFigures, type BenefitLine, type BenefitResult, type FactorLookup, type FactorValue, type LineResult } from "./types";

export function calculateBenefit(lines: readonly BenefitLine[], library: FactorLookup): BenefitResult {
  const factors = new Map<string, FactorValue>();
  const results: LineResult[] = lines.map((line) => {
    const ctx = new CalcContext(library, line.overrides);
    const raw = runLine(line, ctx);
    for (const f of ctx.used.values()) factors.set(f.id === null ? `override:${f.key}:${f.value}` : `id:${f.id}`, f);
    return { kind: line.kind, activity: line.activity, steps: ctx.steps, figures: roundFigures(raw) };
  });
  const figures = Object.fromEntries(FIGURE_KEYS.map((k) => {
    const values = results.map((r) => r.figures[k]).filter((v): v is number => v !== null);
    return [k, values.length ? roundFigure(values.reduce((s, v) => s + v, 0)) : null];
  })) as unknown as BenefitFigures;
  return { lines: results, figures, factors: [...factors.values()] };
}

function roundFigures(f: BenefitFigures): BenefitFigures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, f[k] === null ? null : roundFigure(f[k]!)])) as unknown as BenefitFigures;
}

/** Library factor ids a result depends on (overrides depend on no library row). */
export function libraryFactorIds(result: BenefitResult): number[] {
  return [...new Set(result.factors.flatMap((f) => (f.id === null ? [] : [f.id])))];
}

/**
 * The project columns a computation sets: all four yearly figures (null where it gives none, so a
 * figure never outlives the calculation it came from), and the area only when a line measures one
 * (restored wetland or parks typed in by hand stay).
 */
export function cachedFigures(result: BenefitResult): Partial<BenefitFigures> {
  const { areaRestoredHa, ...rest } = result.figures;
  return areaRestoredHa === null ? rest : { ...rest, areaRestoredHa };
}
