// Keeping the Match table true: only eligible pairs are stored, with their score and the points
// of each factor; the reasons' texts are rebuilt from the project and product when shown.
// Writers call these in their own transaction, so a bank never sees a match that no longer holds.
import { db, type Db, type Tx } from "@/lib/db/client";
import { insertRows } from "@/lib/db/insert-rows";
import { evaluate } from "@/lib/domain/matching/match";
import type { MatchProduct, MatchProject } from "@/lib/domain/matching/types";
import { categoryFamilies, loadProducts, projectSelect, regionPaths, regionsCovered, toMatchProject } from "./inputs";

const CHUNK = 2_000;

type MatchRow = { projectId: number; productId: number; eligible: boolean; score: number; reasons: (number | null)[]; computedAt: Date };

function rowsFor(projects: MatchProject[], products: MatchProduct[], at: Date): MatchRow[] {
  const rows: MatchRow[] = [];
  for (const p of projects) {
    for (const q of products) {
      const r = evaluate(p, q);
      if (r.eligible) rows.push({ projectId: p.id, productId: q.id, eligible: true, score: r.score, reasons: r.points.map((x) => (x === null ? null : Math.round(x * 10) / 10)), computedAt: at });
    }
  }
  return rows;
}

/** At a province's scale a full re-match writes close to a million rows: multi-row INSERTs. */
async function insert(tx: Tx, rows: MatchRow[]) {
  await insertRows(tx, "Match", rows.map((r) => ({ ...r, reasons: JSON.stringify(r.reasons) })), CHUNK);
}

/** After projects change (figures, status, category, region…): their matches against every product. */
export async function rematchProjects(tx: Tx, projectIds: readonly number[], at = new Date()): Promise<number> {
  if (!projectIds.length) return 0;
  const [paths, families, products, projects] = await Promise.all([
    regionPaths(tx), categoryFamilies(tx), loadProducts(tx),
    tx.project.findMany({ where: { id: { in: [...projectIds] } }, select: projectSelect }),
  ]);
  const rows = rowsFor(projects.map((p) => toMatchProject(p, paths, families)), products, at);
  await tx.match.deleteMany({ where: { projectId: { in: [...projectIds] } } });
  await insert(tx, rows);
  return rows.length;
}

/**
 * Projects that could pass a product's hard rules, as a database filter: what the rules need of
 * a project that an index can find. The rules themselves still decide.
 */
function candidateWhere(q: MatchProduct, paths: Map<number, number[]>) {
  return {
    reviewStatus: "IN_LIBRARY" as const, highEmission: false, categoryId: { in: [...q.categoryIds] },
    gapAmount: { gt: 0n, ...(q.minAmount !== null ? { gte: q.minAmount } : {}) },
    ...(q.regionIds.length ? { regionId: { in: regionsCovered(paths, q.regionIds) } } : {}),
    ...(q.minCo2ReductionT !== null ? { co2ReductionT: { gte: q.minCo2ReductionT } } : {}),
  };
}

/** After a product changes: its matches against every library project that could fit. */
export async function rematchProduct(tx: Tx, productId: number, at = new Date()): Promise<number> {
  const [paths, families, [product]] = await Promise.all([regionPaths(tx), categoryFamilies(tx), loadProducts(tx, { id: productId })]);
  await tx.match.deleteMany({ where: { productId } });
  if (!product?.active) return 0;
  const projects = await tx.project.findMany({ where: candidateWhere(product, paths), select: projectSelect });
  const rows = rowsFor(projects.map((p) => toMatchProject(p, paths, families)), [product], at);
  await insert(tx, rows);
  return rows.length;
}

/** Every project against every product, from scratch: on demand, and for the benchmark. */
export async function rematchAll(client: Db = db, at = new Date()): Promise<{ pairs: number; matches: number }> {
  return client.$transaction((tx) => rematchEverything(tx, at), { timeout: 600_000, maxWait: 60_000 });
}

/**
 * The Match table's indexes, as the migrations create them. A full rebuild drops them and builds
 * them once at the end: one sorted build is several times faster than upkeep row by row.
 */
const MATCH_INDEXES = [
  { name: "Match_projectId_productId_key", create: `CREATE UNIQUE INDEX "Match_projectId_productId_key" ON "Match"("projectId", "productId")` },
  { name: "Match_productId_eligible_score_idx", create: `CREATE INDEX "Match_productId_eligible_score_idx" ON "Match"("productId", "eligible", "score")` },
];

export async function rematchEverything(tx: Tx, at = new Date()): Promise<{ pairs: number; matches: number }> {
  const [paths, families, products] = await Promise.all([regionPaths(tx), categoryFamilies(tx), loadProducts(tx)]);
  await tx.match.deleteMany({});
  for (const index of MATCH_INDEXES) await tx.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.name}"`);
  const active = products.filter((q) => q.active);
  // Products by category, so a project meets only the products that could take it.
  const byCategory = new Map<number, MatchProduct[]>();
  for (const q of active) for (const c of q.categoryIds) byCategory.set(c, [...(byCategory.get(c) ?? []), q]);
  let pairs = 0;
  let matches = 0;
  let after = 0;
  for (;;) {
    const batch = await tx.project.findMany({
      where: { id: { gt: after }, reviewStatus: "IN_LIBRARY", highEmission: false, gapAmount: { gt: 0n } },
      orderBy: { id: "asc" }, take: 20_000, select: projectSelect,
    });
    if (!batch.length) break;
    after = batch[batch.length - 1].id;
    const rows: MatchRow[] = [];
    for (const row of batch) {
      const p = toMatchProject(row, paths, families);
      const candidates = byCategory.get(p.categoryId) ?? [];
      pairs += candidates.length;
      rows.push(...rowsFor([p], candidates, at));
    }
    matches += rows.length;
    await insert(tx, rows);
  }
  for (const index of MATCH_INDEXES) await tx.$executeRawUnsafe(index.create);
  return { pairs, matches };
}
