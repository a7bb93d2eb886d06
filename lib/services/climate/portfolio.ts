// Climate figures of the library by category and by district, for the climate page, the cockpit
// and matching. Every figure is a grouped aggregate in the database over projects in the library.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { yuanPerTco2 } from "@/lib/domain/benefits";
import type { Yuan } from "@/lib/domain/money";
import { projectWhere, regionFilter } from "../scope";

export interface PortfolioRow {
  id: number;
  code: string;
  name: string;
  projects: number;
  /** Projects whose figures come from the calculators (the rest are as typed in). */
  computed: number;
  co2ReductionT: number;
  energySavedTce: number;
  renewableMwh: number;
  carbonSinkT: number;
  beneficiaries: number;
  areaRestoredHa: number;
  /** Financing need and secured financing of the projects that report a reduction. */
  needOfReducing: Yuan;
  securedOfReducing: Yuan;
  co2OfSecured: number;
  /** 元 of financing need per tCO2/yr, over projects with a reduction. */
  needPerTco2: Yuan | null;
  /** 元 of secured financing per tCO2/yr, over projects with both. */
  securedPerTco2: Yuan | null;
}

export interface ClimatePortfolio {
  totals: PortfolioRow;
  byCategory: (PortfolioRow & { family: "MITIGATION" | "ADAPTATION" })[];
  byDistrict: PortfolioRow[];
}

const SUMS = { co2ReductionT: true, energySavedTce: true, renewableMwh: true, carbonSinkT: true, beneficiaries: true, areaRestoredHa: true } as const;
type Key = "categoryId" | "regionId";

async function grouped(where: object, by: Key) {
  const reducing = { ...where, co2ReductionT: { gt: 0 } };
  const [figures, need, secured] = await Promise.all([
    db.project.groupBy({ by: [by], where, _count: { _all: true, benefitComputedAt: true }, _sum: SUMS }),
    db.project.groupBy({ by: [by], where: reducing, _sum: { financingNeed: true } }),
    db.project.groupBy({ by: [by], where: { ...reducing, securedAmount: { gt: 0 } }, _sum: { securedAmount: true, co2ReductionT: true } }),
  ]);
  const needOf = new Map(need.map((r) => [(r as Record<Key, number>)[by], r._sum.financingNeed ?? 0n]));
  const securedOf = new Map(secured.map((r) => [(r as Record<Key, number>)[by], r._sum]));
  return new Map(figures.map((r) => {
    const id = (r as Record<Key, number>)[by];
    const s = securedOf.get(id);
    return [id, {
      projects: r._count._all, computed: r._count.benefitComputedAt,
      co2ReductionT: r._sum.co2ReductionT ?? 0, energySavedTce: r._sum.energySavedTce ?? 0, renewableMwh: r._sum.renewableMwh ?? 0,
      carbonSinkT: r._sum.carbonSinkT ?? 0, beneficiaries: r._sum.beneficiaries ?? 0, areaRestoredHa: r._sum.areaRestoredHa ?? 0,
      needOfReducing: needOf.get(id) ?? 0n, securedOfReducing: s?.securedAmount ?? 0n, co2OfSecured: s?.co2ReductionT ?? 0,
    }];
  }));
}

type Sums = Omit<PortfolioRow, "id" | "code" | "name" | "needPerTco2" | "securedPerTco2">;
const EMPTY: Sums = {
  projects: 0, computed: 0, co2ReductionT: 0, energySavedTce: 0, renewableMwh: 0, carbonSinkT: 0, beneficiaries: 0, areaRestoredHa: 0,
  needOfReducing: 0n, securedOfReducing: 0n, co2OfSecured: 0,
};

const FLOATS = ["co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT", "areaRestoredHa", "co2OfSecured"] as const;

function row(id: number, code: string, name: string, sums: Sums): PortfolioRow {
  // Floating sums of many rows carry binary noise; figures are kept to 0.01 like the projects'.
  const s = { ...sums, ...Object.fromEntries(FLOATS.map((k) => [k, Math.round(sums[k] * 100) / 100])) };
  return { id, code, name, ...s, needPerTco2: yuanPerTco2(s.needOfReducing, s.co2ReductionT), securedPerTco2: yuanPerTco2(s.securedOfReducing, s.co2OfSecured) };
}

function add(a: Sums, b: Sums): Sums {
  return {
    projects: a.projects + b.projects, computed: a.computed + b.computed,
    co2ReductionT: a.co2ReductionT + b.co2ReductionT, energySavedTce: a.energySavedTce + b.energySavedTce, renewableMwh: a.renewableMwh + b.renewableMwh,
    carbonSinkT: a.carbonSinkT + b.carbonSinkT, beneficiaries: a.beneficiaries + b.beneficiaries, areaRestoredHa: a.areaRestoredHa + b.areaRestoredHa,
    needOfReducing: a.needOfReducing + b.needOfReducing, securedOfReducing: a.securedOfReducing + b.securedOfReducing, co2OfSecured: a.co2OfSecured + b.co2OfSecured,
  };
}

export async function climatePortfolio(actor: Actor): Promise<ClimatePortfolio> {
  authorize(actor, "dashboard.read");
  const region = await regionFilter(actor);
  const where = { reviewStatus: "IN_LIBRARY" as const, ...projectWhere(actor, "dashboard.read", region) };
  const [byCat, byReg, categories, regions] = await Promise.all([
    grouped(where, "categoryId"),
    grouped(where, "regionId"),
    db.category.findMany({ orderBy: { sortKey: "asc" } }),
    db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } }, orderBy: { sortKey: "asc" } }),
  ]);
  const byCategory = categories.map((c) => ({ ...row(c.id, c.code, c.name, byCat.get(c.id) ?? EMPTY), family: c.family }));
  const byDistrict = regions.filter((r) => byReg.has(r.id)).map((r) => row(r.id, r.code, r.name, byReg.get(r.id)!));
  const total = [...byCat.values()].reduce(add, EMPTY);
  return { totals: row(0, "", "合计", total), byCategory, byDistrict };
}
