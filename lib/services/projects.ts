// Project library reads. (Create, edit and review arrive with the library issue.)
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { projectListQuery, type ProjectListQuery } from "@/lib/validation/projects";
import { parseInput } from "@/lib/validation/parse";
import { authorize } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { projectWhere } from "./scope";

const summaryInclude = { ownerOrg: { select: { name: true } }, region: { select: { name: true } }, category: { select: { name: true } } } as const;

type ProjectRow = Awaited<ReturnType<typeof db.project.findMany<{ include: typeof summaryInclude }>>>[number];

function toSummary(p: ProjectRow) {
  return {
    id: p.id, code: p.code, name: p.name, owner: p.ownerOrg.name, district: p.region.name, category: p.category.name,
    reviewStatus: p.reviewStatus, stage: p.stage,
    totalInvestment: p.totalInvestment, financingNeed: p.financingNeed, securedAmount: p.securedAmount, gapAmount: p.gapAmount,
  };
}

/** One project as its list row; outside the caller's scope it does not exist (404). */
export async function getProjectSummary(actor: Actor, id: number) {
  const project = await db.project.findUnique({
    where: { id },
    include: {
      ...summaryInclude,
      pushes: { select: { institutionId: true } },
      matches: { where: { eligible: true }, select: { product: { select: { institutionId: true } } } },
    },
  });
  if (!project) throw new NotFoundError(m.errors.projectNotFound);
  authorize(actor, "project.read", {
    ownerOrgId: project.ownerOrgId,
    reviewStatus: project.reviewStatus,
    institutionIds: [...project.pushes.map((p) => p.institutionId), ...project.matches.map((m) => m.product.institutionId)],
  });
  return toSummary(project);
}

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
      include: summaryInclude,
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map(toSummary),
  };
}
