// Projects and products as matching reads them, loaded in bulk with no per-row joins.
import type { Db, Tx } from "@/lib/db/client";
import type { MatchProduct, MatchProject } from "@/lib/domain/matching/types";

type Client = Db | Tx;

/** Each region's path up the tree (district → city → province), from one read of the small region table. */
export async function regionPaths(client: Client): Promise<Map<number, number[]>> {
  const regions = await client.region.findMany({ select: { id: true, parentId: true } });
  const parent = new Map(regions.map((r) => [r.id, r.parentId]));
  const paths = new Map<number, number[]>();
  for (const r of regions) {
    const path = [r.id];
    for (let up = parent.get(r.id); up != null && path.length < 8; up = parent.get(up)) path.push(up);
    paths.set(r.id, path);
  }
  return paths;
}

/** The regions a set of product regions covers: themselves and every region below them. */
export function regionsCovered(paths: Map<number, number[]>, regionIds: readonly number[]): number[] {
  return [...paths].filter(([, path]) => path.some((r) => regionIds.includes(r))).map(([id]) => id);
}

export const projectSelect = {
  id: true, categoryId: true, regionId: true, reviewStatus: true, highEmission: true, financingNeed: true, gapAmount: true,
  co2ReductionT: true, stage: true, carbonToolEligible: true, intendedInstrument: true,
} as const;

type ProjectRow = {
  id: number; categoryId: number; regionId: number; reviewStatus: string; highEmission: boolean; financingNeed: bigint; gapAmount: bigint;
  co2ReductionT: number | null; stage: MatchProject["stage"]; carbonToolEligible: boolean; intendedInstrument: string | null;
};

export function toMatchProject(p: ProjectRow, paths: Map<number, number[]>, families: Map<number, MatchProject["family"]>): MatchProject {
  return {
    id: p.id, categoryId: p.categoryId, regionPath: paths.get(p.regionId) ?? [p.regionId], reviewStatus: p.reviewStatus, highEmission: p.highEmission,
    need: p.financingNeed, gap: p.gapAmount, co2ReductionT: p.co2ReductionT, stage: p.stage, carbonToolEligible: p.carbonToolEligible,
    intendedInstrument: p.intendedInstrument, family: families.get(p.categoryId) ?? "MITIGATION",
  };
}

export async function categoryFamilies(client: Client): Promise<Map<number, MatchProject["family"]>> {
  const categories = await client.category.findMany({ select: { id: true, family: true } });
  return new Map(categories.map((c) => [c.id, c.family]));
}

/** By id, or the products that could take a project of these categories (active, and for one of them). */
type ProductFilter = { id?: number | { in: number[] } } | { active: true; categories: { some: { categoryId: { in: number[] } } } };

export function productsFor(categoryIds: Iterable<number>): ProductFilter {
  return { active: true, categories: { some: { categoryId: { in: [...new Set(categoryIds)] } } } };
}

export async function loadProducts(client: Client, where: ProductFilter = {}): Promise<MatchProduct[]> {
  const rows = await client.financeProduct.findMany({
    where, orderBy: { id: "asc" },
    include: { categories: { select: { categoryId: true } }, regions: { select: { regionId: true } } },
  });
  return rows.map((q) => ({
    id: q.id, institutionId: q.institutionId, instrument: q.instrument, active: q.active,
    categoryIds: q.categories.map((c) => c.categoryId), regionIds: q.regions.map((r) => r.regionId),
    minAmount: q.minAmount, maxAmount: q.maxAmount, minCo2ReductionT: q.minCo2ReductionT, carbonToolLinked: q.carbonToolLinked,
  }));
}
