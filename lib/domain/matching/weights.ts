// The weights of matching, in one place. A match is eligible when every hard rule passes; its
// score (0–100) is the weighted share of the soft factors that apply to the pair:
//   score = round(100 × Σ points / Σ weights of the applicable factors)
// so a factor that does not apply (the carbon tool for a bond) neither helps nor hurts.

export const WEIGHTS = {
  /** How well the project's gap fits the product's amount range. */
  gapFit: 30,
  /** Financing need per tCO2 a year: the less money per tonne, the better. */
  costEffectiveness: 25,
  /** Whether the project is at the stage where money is needed now. */
  stage: 15,
  /** For loans: the central bank's carbon reduction support tool can refinance it. */
  carbonTool: 15,
  /** Whether the project means to use this product's instrument. */
  instrumentFit: 15,
} as const;

export type FactorName = keyof typeof WEIGHTS;

/**
 * 元 of financing need per tCO2 a year at which cost-effectiveness earns full points, and at which
 * it earns none; between them points fall with the logarithm of the cost (halving the cost gains
 * the same points anywhere on the scale). The bands follow what Chinese pilot cities report:
 * renewable and energy-saving projects at a few thousand 元/tCO2, buildings and transport far higher.
 */
export const COST_FULL_YUAN = 5_000;
export const COST_ZERO_YUAN = 200_000;

/**
 * The amount rule: the gap must be at least the product's minimum and the product must be able to
 * carry at least this share of it. A gap somewhat above the maximum still fits (banks co-finance
 * large projects, and leaving the largest gaps out of every product would hide what most needs
 * money); a 500 万元 pledge loan against a 10 亿元 gap does not.
 */
export const MIN_COVERAGE = 0.25;

/** Share of the stage points by implementation stage: money is needed most during construction. */
export const STAGE_SHARE = { CONSTRUCTION: 1, PREPARATION: 0.7, OPERATING: 0.3 } as const;
