// Project library reads. (Create, edit and review arrive with the library issue.)
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { projectListQuery, type ProjectListQuery } from "@/lib/validation/projects";
import { parseInput } from "@/lib/validation/parse";
import { projectWhere } from "./scope";

export async function listProjects(actor: Actor, input: Partial<ProjectListQuery> | unknown) {
  const query = parseInput(projectListQuery, input ?? {});
  const where = {
    AND: [
      projectWhere(actor, "project.read"),
      query.q
        ? { OR: [{ name: { contains: query.q } }, { code: { contains: query.q } }, { ownerOrg: { name: { contains: query.q } } }] }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: [{ code: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { ownerOrg: { select: { name: true } }, region: { select: { name: true } }, category: { select: { name: true } } },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((p) => ({
      id: p.id, code: p.code, name: p.name, owner: p.ownerOrg.name, district: p.region.name, category: p.category.name,
      reviewStatus: p.reviewStatus, stage: p.stage,
      totalInvestment: p.totalInvestment, financingNeed: p.financingNeed, securedAmount: p.securedAmount, gapAmount: p.gapAmount,
    })),
  };
}
