// The project list's filters as one Prisma condition, shared by the list, its sums and exports.
import { chinaYearRange } from "@/lib/domain/cockpit/definitions";
import type { ProjectListQuery } from "@/lib/validation/projects";

/**
 * Category ids stand for a family and region ids for a district with its parks, so that these
 * filters join no other table. "Financed with an instrument" is an EXISTS on the records: a list
 * of project ids would exceed the database's parameter limit on a large library.
 */
export function filterWhere(q: Partial<ProjectListQuery>, categoryIdsOfFamily?: number[], regionIds?: number[]) {
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
  if (q.instrument) and.push({ OR: [{ intendedInstrument: q.instrument }, { financingRecords: { some: { instrument: q.instrument } } }] });
  if (q.year) and.push({ inLibraryAt: chinaYearRange(q.year) });
  if (q.carbonTool) and.push({ carbonToolEligible: q.carbonTool === "true" });
  return and.length ? { AND: and } : {};
}
