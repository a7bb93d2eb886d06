import { describe, expect, it } from "vitest";
import { BenefitError, calculateBenefit, libraryFactorIds, roundFigure, roundWhole, yuanPerTco2, type BenefitLine, type FactorValue } from "@/lib/domain/benefits";
import { demoData } from "@/lib/db/seed/demo-data";
import { benefitLines, calculateInput } from "@/lib/validation/climate";

// The library as seeded (current versions), with ids so traces can name them.
const library = new Map<string, FactorValue>();
demoData.factors.forEach((f, i) => {
  const prev = library.get(f.key);
  if (!prev || (f.version ?? 1) > (prev.version ?? 1)) {
    library.set(f.key, { id: i + 1, key: f.key, name: f.name, version: f.version ?? 1, value: f.value, unit: f.unit, source: f.source, year: f.year });
  }
});
const calc = (...lines: BenefitLine[]) => calculateBenefit(lines, library);
const GRID = "grid.national";

describe("renewable generation", () => {
  it("reproduces the public wind–solar–storage case: 1.76 million kWh → 633 tce and 1,712 tCO2", () => {
    const r = calc({
      kind: "renewable", activity: { mwh: 1760, grid: GRID, tceConversion: "coal_consumption", co2Basis: "coal" },
      overrides: { "elec.coal_consumption": { value: 0.3597, source: "案例" }, "coal.co2_per_tce": { value: 2.7046, source: "案例" } },
    });
    expect(roundWhole(r.figures.energySavedTce!)).toBe(633);
    expect(roundWhole(r.figures.co2ReductionT!)).toBe(1712);
    // 1,760 MWh × 0.3597 tce/MWh = 633.072 tce; × 2.7046 = 1,712.2065 tCO2.
    expect(r.figures).toEqual({ co2ReductionT: 1712.21, energySavedTce: 633.07, renewableMwh: 1760, carbonSinkT: null, areaRestoredHa: null });
    expect(r.factors.map((f) => [f.key, f.value, f.id])).toEqual([["elec.coal_consumption", 0.3597, null], ["coal.co2_per_tce", 2.7046, null]]);
    expect(libraryFactorIds(r)).toEqual([]);
  });

  it("uses the grid factor for tCO2 and the chosen conversion for tce", () => {
    const grid = calc({ kind: "renewable", activity: { mwh: 1000, grid: GRID, tceConversion: "equivalent", co2Basis: "grid" } });
    expect(grid.figures.co2ReductionT).toBe(530.6); // 1,000 MWh × 0.5306
    expect(grid.figures.energySavedTce).toBe(122.9); // × 0.1229 kgce/kWh
    expect(grid.factors.map((f) => `${f.key}@${f.version}`)).toEqual(["elec.equivalent@1", "grid.national@3"]);
    const regional = calc({ kind: "renewable", activity: { mwh: 1000, grid: "grid.southwest", tceConversion: "coal_consumption", co2Basis: "grid" } });
    expect(regional.figures.co2ReductionT).toBe(247.2);
    expect(regional.figures.energySavedTce).toBe(300);
  });

  it("writes the formula with the activity data and the factor version", () => {
    const r = calc({ kind: "renewable", activity: { mwh: 1760, grid: GRID, tceConversion: "coal_consumption", co2Basis: "grid" } });
    const co2 = r.lines[0].steps.find((s) => s.label === "减排量")!;
    expect(co2.expression).toBe("发电量 1,760 MWh × 全国电网平均二氧化碳排放因子 0.5306 tCO2/MWh（第3版）");
    expect(co2).toMatchObject({ value: 933.86, unit: "tCO2/年" });
  });
});

describe("the other calculators", () => {
  it("energy saving: tce × 2.66 tCO2/tce", () => {
    expect(calc({ kind: "energy_saving", activity: { tce: 9200 } }).figures).toMatchObject({ co2ReductionT: 24472, energySavedTce: 9200, renewableMwh: null });
  });

  it("fuel switching: old fuel's emissions minus the new energy's, in tCO2", () => {
    // 700 tce × 2.66 = 1,862; 480,000 m³ × 2.162 kgCO2/m³ ÷ 1000 = 1,037.76; difference 824.24.
    const gas = calc({ kind: "fuel_switch", activity: { fuel: "coal", fuelQty: 700, newEnergy: "natural_gas", newQty: 480_000, grid: GRID } });
    expect(gas.figures.co2ReductionT).toBe(824.24);
    // 100,000 L diesel × 2.6 kg = 260 t; 300 MWh × 0.5306 = 159.18 t.
    const elec = calc({ kind: "fuel_switch", activity: { fuel: "diesel", fuelQty: 100_000, newEnergy: "electricity", newQty: 300, grid: GRID } });
    expect(elec.figures.co2ReductionT).toBe(100.82);
    const bio = calc({ kind: "fuel_switch", activity: { fuel: "natural_gas", fuelQty: 1_000_000, newEnergy: "biomass", newQty: 5000, grid: GRID } });
    expect(bio.figures.co2ReductionT).toBe(2162);
    // A switch that burns more than it saves is reported as a negative reduction, not hidden.
    const worse = calc({ kind: "fuel_switch", activity: { fuel: "natural_gas", fuelQty: 1000, newEnergy: "electricity", newQty: 100, grid: GRID } });
    expect(worse.figures.co2ReductionT).toBe(-50.9);
  });

  it("carbon sink: area × sequestration rate, and the area restored", () => {
    const r = calc({ kind: "carbon_sink", activity: { areaHa: 600, rate: "forest.sink_new_plantation" } },
      { kind: "carbon_sink", activity: { areaHa: 1800, rate: "forest.sink_quality_improvement" } });
    expect(r.figures).toEqual({ co2ReductionT: null, energySavedTce: null, renewableMwh: null, carbonSinkT: 7380, areaRestoredHa: 2400 });
  });

  it("waste: methane avoided × GWP 28, plus exported power × grid factor", () => {
    expect(calc({ kind: "waste", activity: { ch4T: 400, mwh: 0, grid: GRID } }).figures).toMatchObject({ co2ReductionT: 11200, renewableMwh: null });
    const r = calc({ kind: "waste", activity: { ch4T: 586, mwh: 150_000, grid: GRID } });
    expect(r.figures).toMatchObject({ co2ReductionT: 95998, renewableMwh: 150_000 });
    expect(r.factors.map((f) => f.key)).toEqual(["ch4.gwp", "grid.national"]);
  });

  it("transport electrification: vehicle-km × fuel intensity, net of the electricity the vehicles use", () => {
    // 1,000,000 km × 30 L/100 km = 300,000 L × 2.6 kg = 780 t; 900 MWh × 0.5306 = 477.54 t.
    const r = calc({ kind: "transport", activity: { vehicleKm: 1_000_000, fuel: "diesel", litresPer100km: 30, kwhPer100km: 90, grid: GRID } });
    expect(r.figures.co2ReductionT).toBe(302.46);
    expect(r.lines[0].steps.map((s) => [s.label, s.value])).toEqual([
      ["替代柴油", 300_000], ["替代柴油排放", 780], ["新增用电量", 900], ["新增用电排放", 477.54], ["减排量", 302.46],
    ]);
  });

  it("green buildings: kWh saved → tCO2 via the grid, tce via the calorific equivalent", () => {
    // 2,606 MWh × 0.5306 = 1,382.74 t; × 0.1229 = 320.28 tce.
    expect(calc({ kind: "green_building", activity: { mwhSaved: 2606, grid: GRID } }).figures).toMatchObject({ co2ReductionT: 1382.74, energySavedTce: 320.28 });
  });

  it("adds the lines of a project with several measures", () => {
    const r = calc({ kind: "renewable", activity: { mwh: 2800, grid: GRID, tceConversion: "coal_consumption", co2Basis: "grid" } }, { kind: "energy_saving", activity: { tce: 800 } });
    expect(r.figures).toMatchObject({ co2ReductionT: 3613.68, energySavedTce: 1640, renewableMwh: 2800 });
    expect(r.factors.map((f) => f.key)).toEqual(["elec.coal_consumption", "grid.national", "coal.co2_per_tce"]);
  });
});

describe("factors, units and rounding", () => {
  it("refuses a factor whose unit is not the formula's, and a factor the library lacks", () => {
    const wrong = new Map(library);
    wrong.set("coal.co2_per_tce", { ...library.get("coal.co2_per_tce")!, unit: "kgCO2/kgce" });
    expect(() => calculateBenefit([{ kind: "energy_saving", activity: { tce: 1 } }], wrong)).toThrow(/单位为 kgCO2\/kgce，公式需要 tCO2\/tce/);
    expect(() => calc({ kind: "carbon_sink", activity: { areaHa: 1, rate: "grassland.none" } })).toThrow(BenefitError);
  });

  it("rounds figures to 0.01, half away from zero, without binary-fraction surprises", () => {
    expect(roundFigure(1.005)).toBe(1.01);
    expect(roundFigure(633.0719999)).toBe(633.07);
    expect(roundFigure(-50.905)).toBe(-50.91);
    expect(roundWhole(1712.5)).toBe(1713);
    expect(roundWhole(-0.5)).toBe(-1);
  });

  it("gives whole yuan of financing per tCO2 a year, or nothing without a reduction", () => {
    expect(yuanPerTco2(10_000_000n, 1712.21)).toBe(5840n); // 10,000,000 ÷ 1,712.21 = 5,840.41
    expect(yuanPerTco2(1_000n, 3)).toBe(333n);
    expect(yuanPerTco2(2_000n, 3)).toBe(667n);
    expect(yuanPerTco2(1_000n, 0)).toBeNull();
    expect(yuanPerTco2(1_000n, null)).toBeNull();
  });
});

describe("input validation", () => {
  it("accepts the API shape with defaults and a bare override value", () => {
    const lines = calculateInput.parse({ type: "renewable", activity: { mwh: "1760" }, overrides: { "coal.co2_per_tce": 2.7046 } });
    expect(lines[0]).toMatchObject({ kind: "renewable", activity: { mwh: 1760, grid: GRID, tceConversion: "coal_consumption", co2Basis: "grid" } });
    expect(lines[0].overrides!["coal.co2_per_tce"]).toEqual({ value: 2.7046, source: "计算时给出的覆盖值" });
  });

  it("answers in Chinese for a negative quantity, an unknown type and a pointless switch", () => {
    const bad = calculateInput.safeParse({ type: "renewable", activity: { mwh: -1 } });
    expect(bad.error!.issues[0].message).toBe("年发电量不能为负数");
    expect(calculateInput.safeParse({ type: "nuclear", activity: {} }).error!.issues[0].message).toBe("请选择计算类型");
    const same = benefitLines.safeParse([{ kind: "fuel_switch", activity: { fuel: "natural_gas", fuelQty: 1, newEnergy: "natural_gas", newQty: 1 } }]);
    expect(same.error!.issues[0].message).toBe("原燃料与替代能源不能相同");
  });
});

describe("the demo projects' activity data", () => {
  it("gives every computed project figures within 2% of what its owner declared", () => {
    const projects = new Map(demoData.projects.map((p) => [p.code, p]));
    for (const [code, lines] of Object.entries(demoData.benefits)) {
      const p = projects.get(code);
      expect(p, code).toBeDefined();
      const r = calc(...benefitLines.parse(lines));
      const declared = p!.co2ReductionT ?? p!.carbonSinkT!;
      const computed = r.figures.co2ReductionT ?? r.figures.carbonSinkT!;
      expect(Math.abs(computed - declared) / declared, `${code}: ${computed} vs ${declared}`).toBeLessThan(0.02);
    }
  });
});
