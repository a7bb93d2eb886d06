export * from "./types";
export { BenefitError } from "./context";
export { cachedFigures, calculateBenefit, libraryFactorIds } from "./calculate";
export { CH4_GWP, COAL_CO2, DEFAULT_GRID, ELEC_COAL_CONSUMPTION, ELEC_EQUIVALENT } from "./calculators";
export { roundFigure, roundWhole } from "./round";
export { yuanPerTco2 } from "./cost-effectiveness";
