// The project list's filters as one Prisma condition, shared by the list, its sums and exports.
import { chinaYearRange } from "@/lib/domain/cockpit/definitions";
import { instrumentToken } from "@/lib/domain/instruments";
import type { ProjectListQuery } from "@/lib/validation/projects";

/** Ids the caller looked up for the filters, so that none of them joins another table. */
export interface FilterIds {
  /** The categories of the family filter. */
  categoryIdsOfFamily?: number[];
  /** The district filter with its parks. */
  regionIds?: number[];
  /** Project owners whose name contains the search text (none when not looked up). */
  ownerIdsMatching?: number[];
}

/**
 * Category ids stand for a family, region ids for a district with its parks and owner ids for a
 * search in owners' names, so that these filters join no other table. "Financed with an instrument"
 * reads the instruments the financing service caches on the project row (financedInstruments).
 */
export function filterWhere(q: Partial<ProjectListQuery>, ids: FilterIds = {}) {
  const { categoryIdsOfFamily, regionIds, ownerIdsMatching } = ids;
  const and: object[] = [];
  if (q.q) and.push({ OR: [{ name: { contains: q.q } }, { code: { contains: q.q } }, { ownerOrgId: { in: ownerIdsMatching ?? [] } }] });
  if (q.categoryId) and.push({ categoryId: q.categoryId });
  else if (categoryIdsOfFamily) and.push({ categoryId: { in: categoryIdsOfFamily } });
  if (q.regionId) and.push({ regionId: { in: regionIds ?? [q.regionId] } });
  if (q.status) and.push({ reviewStatus: q.status });
  if (q.stage) and.push({ stage: q.stage });
  if (q.funding === "UNFUNDED") and.push({ securedAmount: { lte: 0n } });
  if (q.funding === "PARTLY") and.push({ securedAmount: { gt: 0n }, gapAmount: { gt: 0n } });
  if (q.funding === "FULLY") and.push({ securedAmount: { gt: 0n }, gapAmount: 0n });
  if (q.instrument) and.push({ OR: [{ intendedInstrument: q.instrument }, { financedInstruments: { contains: instrumentToken(q.instrument) } }] });
  if (q.year) and.push({ inLibraryAt: chinaYearRange(q.year) });
  if (q.carbonTool) and.push({ carbonToolEligible: q.carbonTool === "true" });
  return and.length ? { AND: and } : {};
}
