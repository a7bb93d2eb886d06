// One calculator per kind of project. Each turns activity data into figures through named
// factor versions, writing every multiplication down so a verifier can redo it by hand.
// Units: electricity in MWh; kgce/kWh equals tce/MWh; kgCO2 per litre or m³ is divided by 1000.
import { CalcContext, fq, q } from "./context";
import type {
  BenefitFigures, BenefitLine, CarbonSinkActivity, EnergySavingActivity, Fuel, FuelSwitchActivity, GreenBuildingActivity,
  NewEnergy, RenewableActivity, TransportActivity, WasteActivity,
} from "./types";

const NONE: BenefitFigures = { co2ReductionT: null, energySavedTce: null, renewableMwh: null, carbonSinkT: null, areaRestoredHa: null };
const YR = "/年";

export const COAL_CO2 = "coal.co2_per_tce";
export const ELEC_EQUIVALENT = "elec.equivalent";
export const ELEC_COAL_CONSUMPTION = "elec.coal_consumption";
export const CH4_GWP = "ch4.gwp";
export const DEFAULT_GRID = "grid.national";

export function renewable(a: RenewableActivity, c: CalcContext): BenefitFigures {
  const conv = c.factor(a.tceConversion === "equivalent" ? ELEC_EQUIVALENT : ELEC_COAL_CONSUMPTION, "kgce/kWh");
  const tce = c.step("折标准煤", `${q("发电量", a.mwh, "MWh")} × ${fq(conv)}`, a.mwh * conv.value, `tce${YR}`);
  let co2: number;
  if (a.co2Basis === "coal") {
    const k = c.factor(COAL_CO2, "tCO2/tce");
    co2 = c.step("减排量", `${q("折标准煤", tce, "tce")} × ${fq(k)}`, tce * k.value, `tCO2${YR}`);
  } else {
    const grid = c.factor(a.grid, "tCO2/MWh");
    co2 = c.step("减排量", `${q("发电量", a.mwh, "MWh")} × ${fq(grid)}`, a.mwh * grid.value, `tCO2${YR}`);
  }
  return { ...NONE, co2ReductionT: co2, energySavedTce: tce, renewableMwh: a.mwh };
}

export function energySaving(a: EnergySavingActivity, c: CalcContext): BenefitFigures {
  const k = c.factor(COAL_CO2, "tCO2/tce");
  const co2 = c.step("减排量", `${q("节能量", a.tce, "tce")} × ${fq(k)}`, a.tce * k.value, `tCO2${YR}`);
  return { ...NONE, co2ReductionT: co2, energySavedTce: a.tce };
}

const FUEL_NAMES: Record<Fuel | NewEnergy, string> = { coal: "燃煤", diesel: "柴油", gasoline: "汽油", natural_gas: "天然气", electricity: "电力", biomass: "生物质" };

/** tCO2 from burning a quantity of fuel (coal in tce, oil in litres, gas in m³). */
function fuelEmission(fuel: Fuel, qty: number, label: string, c: CalcContext): number {
  const name = `${label}${FUEL_NAMES[fuel]}`;
  if (fuel === "coal") {
    const k = c.factor(COAL_CO2, "tCO2/tce");
    return c.step(`${name}排放`, `${q(`${name}消费量`, qty, "tce")} × ${fq(k)}`, qty * k.value, `tCO2${YR}`);
  }
  const [key, unit, per] = fuel === "natural_gas" ? ["ng.co2_per_m3", "kgCO2/m3", "m³"] : [`${fuel}.co2_per_litre`, "kgCO2/L", "L"];
  const k = c.factor(key, unit);
  return c.step(`${name}排放`, `${q(`${name}消费量`, qty, per)} × ${fq(k)} ÷ 1000`, (qty * k.value) / 1000, `tCO2${YR}`);
}

export function fuelSwitch(a: FuelSwitchActivity, c: CalcContext): BenefitFigures {
  const before = fuelEmission(a.fuel, a.fuelQty, "原", c);
  let after: number;
  if (a.newEnergy === "electricity") {
    const grid = c.factor(a.grid, "tCO2/MWh");
    after = c.step("新增用电排放", `${q("新增用电量", a.newQty, "MWh")} × ${fq(grid)}`, a.newQty * grid.value, `tCO2${YR}`);
  } else if (a.newEnergy === "biomass") {
    // IPCC 2006 guidelines count CO2 from burning biomass as zero in the energy sector.
    after = c.step("生物质燃烧排放", `${q("生物质用量", a.newQty, "t")} × 0（生物质燃烧二氧化碳按IPCC指南计为零）`, 0, `tCO2${YR}`);
  } else {
    after = fuelEmission(a.newEnergy, a.newQty, "替代", c);
  }
  const co2 = c.step("减排量", `原燃料排放 − 替代能源排放`, before - after, `tCO2${YR}`);
  return { ...NONE, co2ReductionT: co2 };
}

export function carbonSink(a: CarbonSinkActivity, c: CalcContext): BenefitFigures {
  const rate = c.factor(a.rate, "tCO2/(ha·a)");
  const sink = c.step("年碳汇量", `${q("面积", a.areaHa, "ha")} × ${fq(rate)}`, a.areaHa * rate.value, `tCO2${YR}`);
  return { ...NONE, carbonSinkT: sink, areaRestoredHa: a.areaHa };
}

export function waste(a: WasteActivity, c: CalcContext): BenefitFigures {
  const gwp = c.factor(CH4_GWP, "tCO2e/tCH4");
  const ch4 = c.step("甲烷减排", `${q("避免甲烷排放", a.ch4T, "tCH4")} × ${fq(gwp)}`, a.ch4T * gwp.value, `tCO2e${YR}`);
  if (!(a.mwh > 0)) return { ...NONE, co2ReductionT: ch4 };
  const grid = c.factor(a.grid, "tCO2/MWh");
  const power = c.step("上网电量减排", `${q("上网电量", a.mwh, "MWh")} × ${fq(grid)}`, a.mwh * grid.value, `tCO2${YR}`);
  const co2 = c.step("减排量", "甲烷减排 + 上网电量减排", ch4 + power, `tCO2e${YR}`);
  return { ...NONE, co2ReductionT: co2, renewableMwh: a.mwh };
}

export function transport(a: TransportActivity, c: CalcContext): BenefitFigures {
  const name = FUEL_NAMES[a.fuel];
  const litres = c.step(`替代${name}`, `${q("车公里", a.vehicleKm, "km")} × ${q("百公里油耗", a.litresPer100km, "L")} ÷ 100`, (a.vehicleKm * a.litresPer100km) / 100, `L${YR}`);
  const before = fuelEmission(a.fuel, litres, "替代", c);
  const mwh = c.step("新增用电量", `${q("车公里", a.vehicleKm, "km")} × ${q("百公里电耗", a.kwhPer100km, "kWh")} ÷ 100 ÷ 1000`, (a.vehicleKm * a.kwhPer100km) / 100_000, `MWh${YR}`);
  const grid = c.factor(a.grid, "tCO2/MWh");
  const after = c.step("新增用电排放", `${q("新增用电量", mwh, "MWh")} × ${fq(grid)}`, mwh * grid.value, `tCO2${YR}`);
  const co2 = c.step("减排量", "燃油排放 − 用电排放", before - after, `tCO2${YR}`);
  return { ...NONE, co2ReductionT: co2 };
}

export function greenBuilding(a: GreenBuildingActivity, c: CalcContext): BenefitFigures {
  const conv = c.factor(ELEC_EQUIVALENT, "kgce/kWh");
  const tce = c.step("节能量", `${q("节电量", a.mwhSaved, "MWh")} × ${fq(conv)}`, a.mwhSaved * conv.value, `tce${YR}`);
  const grid = c.factor(a.grid, "tCO2/MWh");
  const co2 = c.step("减排量", `${q("节电量", a.mwhSaved, "MWh")} × ${fq(grid)}`, a.mwhSaved * grid.value, `tCO2${YR}`);
  return { ...NONE, co2ReductionT: co2, energySavedTce: tce };
}

export function runLine(line: BenefitLine, c: CalcContext): BenefitFigures {
  switch (line.kind) {
    case "renewable": return renewable(line.activity, c);
    case "energy_saving": return energySaving(line.activity, c);
    case "fuel_switch": return fuelSwitch(line.activity, c);
    case "carbon_sink": return carbonSink(line.activity, c);
    case "waste": return waste(line.activity, c);
    case "transport": return transport(line.activity, c);
    case "green_building": return greenBuilding(line.activity, c);
  }
}
