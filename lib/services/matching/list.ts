// Matches as people read them: a bank sees its own products' matches; the bureau and leaders
// any, filtered by institution, product or project. Reasons are rebuilt by the pure matcher.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { listScope } from "@/lib/auth/policy";
import { yuanPerTco2 } from "@/lib/domain/benefits/cost-effectiveness";
import { explain } from "@/lib/domain/matching/match";
import { ForbiddenError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { matchListQuery } from "@/lib/validation/matching";
import { regionWhere } from "../scope";
import { categoryFamilies, loadProducts, projectSelect, regionPaths, toMatchProject } from "./inputs";

const ORDER = {
  score: [],
  gap: [{ project: { gapAmount: "desc" } }],
  need: [{ project: { financingNeed: "desc" } }],
  co2: [{ project: { co2ReductionT: { sort: "desc", nulls: "last" } } }],
} as const;

type MatchWhere = NonNullable<Parameters<typeof db.match.findMany>[0]>["where"];
type MatchOrder = NonNullable<Parameters<typeof db.match.findMany>[0]>["orderBy"];

/**
 * A page of matches in score order without sorting all of them: a bank of a whole province has
 * 160,000, and ordering them all for 20 took SQLite 540 ms. How many there are of each score (a
 * grouped count over the index of product, eligibility and score, which also gives the total)
 * shows the lowest score the page can reach; only the matches at or above it are then sorted.
 */
async function pageByScore(where: MatchWhere, orderBy: MatchOrder, page: { skip: number; take: number }, minScore = 0) {
  const counts = await db.match.groupBy({ by: ["score"], where, _count: { _all: true }, orderBy: { score: "desc" } });
  const total = counts.reduce((sum, c) => sum + c._count._all, 0);
  let seen = 0;
  const floor = counts.find((c) => (seen += c._count._all) >= page.skip + page.take)?.score ?? minScore;
  const rows = page.skip >= total ? [] : await db.match.findMany({ where: { ...where, score: { gte: Math.max(floor, minScore) } }, orderBy, ...page });
  return [total, rows] as const;
}

export async function listMatches(actor: Actor, query: unknown = {}) {
  const q = parseInput(matchListQuery, query ?? {});
  const scope = listScope(actor, "match.read");
  if (scope.kind === "ownerOrg") throw new ForbiddenError();
  const institutionId = scope.kind === "institution" ? scope.institutionId : q.institutionId;
  const project = {
    ...(scope.kind === "all" ? regionWhere(actor) : {}),
    ...(q.categoryId ? { categoryId: q.categoryId } : {}),
    ...(q.regionId ? { regionId: q.regionId } : {}),
  };
  const where = {
    eligible: true,
    ...(q.productId ? { productId: q.productId } : {}),
    ...(q.projectId ? { projectId: q.projectId } : {}),
    ...(q.minScore !== undefined ? { score: { gte: q.minScore } } : {}),
    ...(institutionId !== undefined ? { product: { institutionId } } : {}),
    ...(Object.keys(project).length ? { project } : {}),
  };
  const orderBy = [...ORDER[q.sort], { score: "desc" as const }, { projectId: "asc" as const }, { productId: "asc" as const }];
  const page = { skip: (q.page - 1) * q.pageSize, take: q.pageSize };
  const [total, rows] = q.sort === "score"
    ? await pageByScore(where, orderBy, page, q.minScore)
    : await Promise.all([db.match.count({ where }), db.match.findMany({ where, orderBy, ...page })]);
  const projectIds = [...new Set(rows.map((r) => r.projectId))];
  const productIds = [...new Set(rows.map((r) => r.productId))];
  const [paths, families, products, projects, names] = await Promise.all([
    regionPaths(db), categoryFamilies(db), loadProducts(db, { id: { in: productIds } }),
    db.project.findMany({ where: { id: { in: projectIds } }, select: { ...projectSelect, code: true, name: true, category: { select: { name: true } }, region: { select: { name: true } } } }),
    referenceNames(productIds),
  ]);
  const projectById = new Map(projects.map((p) => [p.id, p]));
  const productById = new Map(products.map((p) => [p.id, p]));
  return {
    total, page: q.page, pageSize: q.pageSize,
    items: rows.map((r) => {
      const p = projectById.get(r.projectId)!;
      const result = explain(toMatchProject(p, paths, families), productById.get(r.productId)!, names.matchNames);
      return {
        score: r.score,
        project: {
          id: p.id, code: p.code, name: p.name, category: p.category.name, district: p.region.name, stage: p.stage,
          need: p.financingNeed, gap: p.gapAmount, co2ReductionT: p.co2ReductionT, yuanPerTco2: yuanPerTco2(p.financingNeed, p.co2ReductionT),
        },
        product: names.product(r.productId),
        reasons: result.reasons.map(({ kind, text, ...rest }) => ({ kind, text, ...("passed" in rest ? { passed: rest.passed } : { points: rest.points, weight: rest.weight }) })),
      };
    }),
  };
}

async function referenceNames(productIds: number[]) {
  const [categories, regions, products] = await Promise.all([
    db.category.findMany({ select: { id: true, name: true } }),
    db.region.findMany({ select: { id: true, name: true } }),
    db.financeProduct.findMany({ where: { id: { in: productIds } }, select: { id: true, name: true, institution: { select: { id: true, name: true } } } }),
  ]);
  const category = new Map(categories.map((c) => [c.id, c.name]));
  const region = new Map(regions.map((r) => [r.id, r.name]));
  const product = new Map(products.map((p) => [p.id, p]));
  return {
    matchNames: {
      category: (id: number) => category.get(id) ?? "",
      region: (id: number) => region.get(id) ?? "",
      instrument: (code: string) => m.instrument[code as keyof typeof m.instrument] ?? code,
    },
    product: (id: number) => product.get(id)!,
  };
}
