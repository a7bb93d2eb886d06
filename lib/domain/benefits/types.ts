// The shapes of a climate-benefit calculation: activity data in, figures plus their trace out.
// A trace is stored with the project, so that a verifier can follow every figure later.

/** One version of an emission factor as a calculation sees it. */
export interface FactorValue {
  /** Library row id; null for a value given as an override for one calculation. */
  id: number | null;
  key: string;
  name: string;
  version: number | null;
  value: number;
  unit: string;
  source: string;
  year: number | null;
}

/** The factor library's current versions, by key. */
export type FactorLookup = ReadonlyMap<string, FactorValue>;

/** A value that replaces the library's for one calculation, with where it comes from. */
export interface FactorOverride {
  value: number;
  source: string;
}
export type FactorOverrides = Record<string, FactorOverride>;

export const FUELS = ["coal", "diesel", "gasoline", "natural_gas"] as const;
export type Fuel = (typeof FUELS)[number];
export const NEW_ENERGY = ["natural_gas", "electricity", "biomass"] as const;
export type NewEnergy = (typeof NEW_ENERGY)[number];
export const VEHICLE_FUELS = ["diesel", "gasoline"] as const;
export type VehicleFuel = (typeof VEHICLE_FUELS)[number];
export const TCE_CONVERSIONS = ["coal_consumption", "equivalent"] as const;
export type TceConversion = (typeof TCE_CONVERSIONS)[number];
export const CO2_BASES = ["grid", "coal"] as const;
export type Co2Basis = (typeof CO2_BASES)[number];

export interface RenewableActivity {
  /** Generation fed to the grid or used on site, MWh a year. */
  mwh: number;
  grid: string;
  /** How generation becomes standard coal avoided. */
  tceConversion: TceConversion;
  /** tCO2 from the grid factor (default) or from the coal avoided (as some project reports do). */
  co2Basis: Co2Basis;
}
export interface EnergySavingActivity { tce: number }
export interface FuelSwitchActivity {
  fuel: Fuel;
  /** Old fuel no longer burnt a year: tce of coal, litres of oil products, m³ of natural gas. */
  fuelQty: number;
  newEnergy: NewEnergy;
  /** New energy used a year: m³ of gas, MWh of electricity, tonnes of biomass. */
  newQty: number;
  grid: string;
}
export interface CarbonSinkActivity { areaHa: number; rate: string }
export interface WasteActivity {
  /** Methane no longer emitted (landfill avoided, captured and destroyed), tCH4 a year. */
  ch4T: number;
  /** Electricity exported from the waste (incineration, biogas), MWh a year. */
  mwh: number;
  grid: string;
}
export interface TransportActivity {
  /** Vehicle-kilometres a year moved from fuel to electric vehicles. */
  vehicleKm: number;
  fuel: VehicleFuel;
  litresPer100km: number;
  kwhPer100km: number;
  grid: string;
}
export interface GreenBuildingActivity { mwhSaved: number; grid: string }

export type BenefitLine =
  | { kind: "renewable"; activity: RenewableActivity; overrides?: FactorOverrides }
  | { kind: "energy_saving"; activity: EnergySavingActivity; overrides?: FactorOverrides }
  | { kind: "fuel_switch"; activity: FuelSwitchActivity; overrides?: FactorOverrides }
  | { kind: "carbon_sink"; activity: CarbonSinkActivity; overrides?: FactorOverrides }
  | { kind: "waste"; activity: WasteActivity; overrides?: FactorOverrides }
  | { kind: "transport"; activity: TransportActivity; overrides?: FactorOverrides }
  | { kind: "green_building"; activity: GreenBuildingActivity; overrides?: FactorOverrides };
export type BenefitKind = BenefitLine["kind"];
export const BENEFIT_KINDS = ["renewable", "energy_saving", "fuel_switch", "carbon_sink", "waste", "transport", "green_building"] as const satisfies readonly BenefitKind[];

/** The figures a project reports; null where the calculation gives none. */
export interface BenefitFigures {
  co2ReductionT: number | null;
  energySavedTce: number | null;
  renewableMwh: number | null;
  carbonSinkT: number | null;
  areaRestoredHa: number | null;
}
export const FIGURE_KEYS = ["co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT", "areaRestoredHa"] as const satisfies readonly (keyof BenefitFigures)[];

/** One line of arithmetic, as written in the trace: label = expression = value unit. */
export interface Step {
  label: string;
  expression: string;
  value: number;
  unit: string;
}

export interface LineResult {
  kind: BenefitKind;
  activity: BenefitLine["activity"];
  steps: Step[];
  figures: BenefitFigures;
}

export interface BenefitResult {
  lines: LineResult[];
  figures: BenefitFigures;
  /** Every factor version (or override) the figures used, in order of first use. */
  factors: FactorValue[];
}
