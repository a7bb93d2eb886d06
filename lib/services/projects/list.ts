// The project library list: filters, sort, page, and the sums of the whole filtered set.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/policy";
import { projectListQuery, type ProjectListQuery } from "@/lib/validation/projects";
import { parseInput } from "@/lib/validation/parse";
import { projectWhere, regionFilter } from "../scope";
import { projectFor } from "./access";
import { filterWhere } from "./filters";

export const summaryInclude = { ownerOrg: { select: { name: true } }, region: { select: { name: true } }, category: { select: { name: true } } } as const;

type ProjectRow = Awaited<ReturnType<typeof db.project.findMany<{ include: typeof summaryInclude }>>>[number];

export function toSummary(p: ProjectRow) {
  return {
    id: p.id, code: p.code, name: p.name, owner: p.ownerOrg.name, district: p.region.name, category: p.category.name,
    reviewStatus: p.reviewStatus, stage: p.stage, version: p.version,
    totalInvestment: p.totalInvestment, financingNeed: p.financingNeed, securedAmount: p.securedAmount, gapAmount: p.gapAmount,
  };
}
export type ProjectSummary = ReturnType<typeof toSummary>;

/** The Prisma condition for what the actor may see of the list, with the query's filters. */
export async function listWhere(actor: Actor, query: Partial<ProjectListQuery>, action: Action = "project.read") {
  // The small lookups the filters need, at once.
  const [familyIds, children, ownerIds, region] = await Promise.all([
    query.family && !query.categoryId ? db.category.findMany({ where: { family: query.family }, select: { id: true } }) : undefined,
    query.regionId ? db.region.findMany({ where: { parentId: query.regionId }, select: { id: true } }) : undefined,
    query.q ? db.organization.findMany({ where: { name: { contains: query.q } }, select: { id: true } }) : undefined,
    regionFilter(actor),
  ]);
  const ids = {
    categoryIdsOfFamily: familyIds?.map((c) => c.id),
    regionIds: query.regionId ? [query.regionId, ...children!.map((r) => r.id)] : undefined,
    ownerIdsMatching: ownerIds?.map((o) => o.id),
  };
  return { AND: [projectWhere(actor, action, region), filterWhere(query, ids)] };
}

export async function listProjects(actor: Actor, input: unknown) {
  const query = parseInput(projectListQuery, input ?? {});
  const where = await listWhere(actor, query);
  // The count and the sums in one aggregate: one pass over the filtered set instead of two.
  const [sums, rows] = await Promise.all([
    db.project.aggregate({ where, _count: { _all: true }, _sum: { totalInvestment: true, financingNeed: true, securedAmount: true, gapAmount: true } }),
    db.project.findMany({
      where,
      orderBy: [{ [query.sort]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: summaryInclude,
    }),
  ]);
  return {
    total: sums._count._all,
    page: query.page,
    pageSize: query.pageSize,
    sums: {
      totalInvestment: sums._sum.totalInvestment ?? 0n,
      financingNeed: sums._sum.financingNeed ?? 0n,
      securedAmount: sums._sum.securedAmount ?? 0n,
      gapAmount: sums._sum.gapAmount ?? 0n,
    },
    items: rows.map(toSummary),
  };
}

/** One project as its list row; outside the caller's scope it does not exist (404). */
export async function getProjectSummary(actor: Actor, id: number) {
  await projectFor(actor, "project.read", id);
  return toSummary(await db.project.findUniqueOrThrow({ where: { id }, include: summaryInclude }));
}
