// What a calculator works with: the factor versions it asks for (checked for unit, recorded in
// the order used) and the steps it writes down.
import { formatQuantity } from "../format";
import { roundFigure } from "./round";
import type { FactorLookup, FactorOverrides, FactorValue, Step } from "./types";

export class BenefitError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = "BenefitError";
  }
}

export class CalcContext {
  readonly steps: Step[] = [];
  readonly used = new Map<string, FactorValue>();

  constructor(private readonly library: FactorLookup, private readonly overrides: FactorOverrides = {}) {}

  /** The factor for a key, refused when missing or when its unit is not the one the formula needs. */
  factor(key: string, unit: string): FactorValue {
    const base = this.library.get(key);
    const override = this.overrides[key];
    let f: FactorValue;
    if (override) {
      f = { id: null, key, name: base?.name ?? key, version: null, value: override.value, unit: base?.unit ?? unit, source: override.source, year: null };
    } else if (base) {
      f = base;
    } else {
      throw new BenefitError(`因子库中没有“${key}”，请先在因子库中维护或在计算中给出覆盖值`, key);
    }
    if (f.unit !== unit) throw new BenefitError(`因子“${f.name}”的单位为 ${f.unit}，公式需要 ${unit}`, key);
    if (!Number.isFinite(f.value) || f.value < 0) throw new BenefitError(`因子“${f.name}”的数值无效`, key);
    if (!this.used.has(key)) this.used.set(key, f);
    return f;
  }

  /** Writes a step and returns its value unrounded, so later steps lose no precision. */
  step(label: string, expression: string, value: number, unit: string): number {
    this.steps.push({ label, expression, value: roundFigure(value), unit });
    return value;
  }
}

/** "发电量 1,760 MWh" — a quantity named in an expression. */
export const q = (label: string, value: number, unit: string) => `${label} ${formatQuantity(value)} ${unit}`;
/** "全国电网平均二氧化碳排放因子 0.5306 tCO2/MWh (v3)" — a factor named in an expression. */
export const fq = (f: FactorValue) => `${f.name} ${formatQuantity(f.value, 6)} ${f.unit}${f.version !== null ? `（第${f.version}版）` : "（覆盖值）"}`;
