// The project list's filters as one Prisma condition, shared by the list, its sums and exports.
import { chinaYearRange } from "@/lib/domain/cockpit/definitions";
import type { ProjectListQuery } from "@/lib/validation/projects";

/**
 * Category ids stand for a family, region ids for a district with its parks, and project ids for
 * "financed with an instrument", so that no filter joins another table row by row.
 */
export function filterWhere(q: Partial<ProjectListQuery>, categoryIdsOfFamily?: number[], regionIds?: number[], financedWith?: number[]) {
  const and: object[] = [];
  if (q.q) and.push({ OR: [{ name: { contains: q.q } }, { code: { contains: q.q } }, { ownerOrg: { name: { contains: q.q } } }] });
  if (q.categoryId) and.push({ categoryId: q.categoryId });
  else if (categoryIdsOfFamily) and.push({ categoryId: { in: categoryIdsOfFamily } });
  if (q.regionId) and.push({ regionId: { in: regionIds ?? [q.regionId] } });
  if (q.status) and.push({ reviewStatus: q.status });
  if (q.stage) and.push({ stage: q.stage });
  if (q.funding === "UNFUNDED") and.push({ securedAmount: { lte: 0n } });
  if (q.funding === "PARTLY") and.push({ securedAmount: { gt: 0n }, gapAmount: { gt: 0n } });
  if (q.funding === "FULLY") and.push({ securedAmount: { gt: 0n }, gapAmount: 0n });
  if (q.instrument) and.push({ OR: [{ intendedInstrument: q.instrument }, { id: { in: financedWith ?? [] } }] });
  if (q.year) and.push({ inLibraryAt: chinaYearRange(q.year) });
  if (q.carbonTool) and.push({ carbonToolEligible: q.carbonTool === "true" });
  return and.length ? { AND: and } : {};
}
