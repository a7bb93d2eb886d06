// Activity data of the demo projects whose type fits a calculator: the figures in the library
// are computed from these and the factor library, and stay traceable. The owners' own figures
// (the co2ReductionT written with each project) are kept beside them as declared figures.
import type { BenefitLine } from "@/lib/domain/benefits/types";

const GRID = "grid.national";
const pv = (mwh: number): BenefitLine => ({ kind: "renewable", activity: { mwh, grid: GRID, tceConversion: "coal_consumption", co2Basis: "grid" } });
const saving = (tce: number): BenefitLine => ({ kind: "energy_saving", activity: { tce } });
const building = (mwhSaved: number): BenefitLine => ({ kind: "green_building", activity: { mwhSaved, grid: GRID } });
const forest = (areaHa: number, rate = "forest.sink_new_plantation"): BenefitLine => ({ kind: "carbon_sink", activity: { areaHa, rate } });
const waste = (ch4T: number, mwh = 0): BenefitLine => ({ kind: "waste", activity: { ch4T, mwh, grid: GRID } });
/** Diesel buses: 30 L/100 km replaced by 90 kWh/100 km; petrol cars: 8 L by 15 kWh. */
const bus = (vehicleKm: number): BenefitLine => ({ kind: "transport", activity: { vehicleKm, fuel: "diesel", litresPer100km: 30, kwhPer100km: 90, grid: GRID } });
const car = (vehicleKm: number): BenefitLine => ({ kind: "transport", activity: { vehicleKm, fuel: "gasoline", litresPer100km: 8, kwhPer100km: 15, grid: GRID } });

export const demoBenefits: Record<string, BenefitLine[]> = {
  // 低碳城市转型
  "XTQT-2024-002": [saving(9200)],
  "XTQT-2025-001": [pv(2800), saving(800)],
  "XTQT-2025-002": [pv(36000), saving(8600)],
  "XTQT-2025-003": [saving(790)],
  "XTQT-2025-004": [saving(2400)],
  "XTQT-2024-003": [pv(1500), saving(240)],
  // 重点行业节能降碳
  "XTQT-2024-004": [saving(168000)],
  "XTQT-2025-005": [saving(52000)],
  "XTQT-2024-005": [{ kind: "fuel_switch", activity: { fuel: "coal", fuelQty: 700, newEnergy: "natural_gas", newQty: 480_000, grid: GRID } }],
  "XTQT-2024-006": [saving(18000)],
  "XTQT-2025-006": [saving(5200)],
  "XTQT-2025-007": [saving(7600)],
  "XTQT-2025-008": [saving(6300)],
  "XTQT-2025-009": [saving(9800)],
  "XTQT-2024-007": [saving(3900)],
  "XTQT-2025-010": [saving(2900)],
  "XTQT-2024-008": [pv(2200), saving(1500)],
  "XTQT-2024-009": [{ kind: "fuel_switch", activity: { fuel: "coal", fuelQty: 3000, newEnergy: "natural_gas", newQty: 1_476_000, grid: GRID } }],
  // 清洁能源
  "XTQT-2024-010": [pv(105_000)],
  "XTQT-2025-011": [pv(60_000)],
  // The public case: 1.76 million kWh, converted as the project's own report does.
  "XTQT-2025-012": [{
    kind: "renewable", activity: { mwh: 1760, grid: GRID, tceConversion: "coal_consumption", co2Basis: "coal" },
    overrides: {
      "elec.coal_consumption": { value: 0.3597, source: "项目单位申报材料采用的供电标准煤耗（公开报道：年发电约176万千瓦时，节约标准煤633吨）" },
      "coal.co2_per_tce": { value: 2.7046, source: "项目单位申报材料采用的标准煤二氧化碳排放系数（公开报道：减排二氧化碳1712吨）" },
    },
  }],
  "XTQT-2025-013": [pv(21_000)],
  "XTQT-2024-011": [pv(180_000)],
  "XTQT-2024-012": [pv(30_000)],
  "XTQT-2025-015": [saving(4200)],
  "XTQT-2025-016": [pv(42_000)],
  "XTQT-2024-013": [pv(55_000)],
  "XTQT-2024-014": [pv(6500)],
  "XTQT-2025-017": [{ kind: "fuel_switch", activity: { fuel: "natural_gas", fuelQty: 5_920_000, newEnergy: "biomass", newQty: 80_000, grid: GRID } }],
  // 交通领域节能降碳
  "XTQT-2024-015": [bus(31_660_000)],
  "XTQT-2024-017": [car(203_250_000)],
  "XTQT-2025-019": [bus(12_750_000)],
  "XTQT-2025-020": [car(33_840_000)],
  "XTQT-2024-018": [car(10_370_000)],
  "XTQT-2025-021": [saving(4100)],
  // 建筑领域节能降碳
  "XTQT-2024-019": [pv(1800), saving(2100)],
  "XTQT-2024-020": [building(16_540)],
  "XTQT-2024-021": [saving(1500)],
  "XTQT-2025-022": [pv(4200), saving(2200)],
  "XTQT-2025-023": [building(4913)],
  "XTQT-2025-024": [pv(5200), saving(1300)],
  "XTQT-2024-023": [building(2606)],
  "XTQT-2024-024": [building(4512)],
  // 废弃物处理工程
  "XTQT-2024-028": [waste(557)],
  "XTQT-2024-029": [waste(400)],
  "XTQT-2025-029": [waste(586, 150_000)],
  // 造林和森林养护
  "XTQT-2024-032": [forest(3200, "forest.sink_quality_improvement")],
  "XTQT-2024-033": [forest(6800)],
  "XTQT-2025-040": [forest(600), forest(1800, "forest.sink_quality_improvement")],
  "XTQT-2024-034": [forest(85)],
  "XTQT-2025-041": [forest(1500)],
  "XTQT-2025-042": [forest(120)],
};
