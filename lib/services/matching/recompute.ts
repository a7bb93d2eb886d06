// Keeping the Match table true: only eligible pairs are stored, with their score and the points
// of each factor; the reasons' texts are rebuilt from the project and product when shown.
// Writers call these in their own transaction, so a bank never sees a match that no longer holds.
import { db, type Db, type Tx } from "@/lib/db/client";
import { evaluateAgainst } from "@/lib/domain/matching/match";
import type { MatchProduct, MatchProject } from "@/lib/domain/matching/types";
import { categoryFamilies, loadProducts, productsFor, projectSelect, regionPaths, regionsCovered, toMatchProject } from "./inputs";
import { restoreAfterRebuild, setAsideForRebuild, writeMatches } from "./match-table";
import { MatchRows } from "./rows";

function rowsFor(projects: MatchProject[], products: readonly MatchProduct[]): MatchRows {
  const rows = new MatchRows();
  for (const p of projects) evaluateAgainst(p, products, (q, score, points) => rows.add(p.id, q.id, score, points));
  return rows;
}

/** After projects change (figures, status, category, region…): their matches against every product. */
export async function rematchProjects(tx: Tx, projectIds: readonly number[], at = new Date()): Promise<number> {
  if (!projectIds.length) return 0;
  // Only the products that could take them: a product of no category of theirs, or not on sale,
  // fails a hard rule anyway, and reading all of them was most of the time of one project's upkeep.
  const projects = await tx.project.findMany({ where: { id: { in: [...projectIds] } }, select: projectSelect });
  const [paths, families, products] = await Promise.all([
    regionPaths(tx), categoryFamilies(tx), loadProducts(tx, productsFor(projects.map((p) => p.categoryId))),
  ]);
  const rows = rowsFor(projects.map((p) => toMatchProject(p, paths, families)), products);
  await tx.match.deleteMany({ where: { projectId: { in: [...projectIds] } } });
  await writeMatches(tx, rows, at);
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
  const rows = rowsFor(projects.map((p) => toMatchProject(p, paths, families)), [product]);
  await writeMatches(tx, rows, at);
  return rows.length;
}

/** Every project against every product, from scratch: on demand, and for the benchmark. */
export async function rematchAll(client: Db = db, at = new Date()): Promise<{ pairs: number; matches: number }> {
  return client.$transaction((tx) => rematchEverything(tx, at), { timeout: 600_000, maxWait: 60_000 });
}

/** Library projects read and matched at a time: enough per statement, little held in memory. */
const PROJECTS_PER_BATCH = 10_000;
/** Projects matched between two turns of the event loop, so the database is never kept waiting. */
const PROJECTS_PER_SLICE = 1_000;

/** A promise awaited only later: its failure is not reported as unhandled in the meantime (it still throws where awaited). */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The table is emptied and refilled in the caller's transaction, so a full re-match either replaces
 * every match or, if anything fails, leaves the old ones. The work is pipelined: while the database
 * stores one batch, the next is read and matched here.
 */
export async function rematchEverything(tx: Tx, at = new Date()): Promise<{ pairs: number; matches: number }> {
  const setAside = await setAsideForRebuild(tx);
  const [paths, families, products] = await Promise.all([regionPaths(tx), categoryFamilies(tx), loadProducts(tx)]);
  // Products by category, so a project meets only the products that could take it.
  const byCategory = new Map<number, MatchProduct[]>();
  for (const q of products) if (q.active) for (const c of q.categoryIds) byCategory.set(c, [...(byCategory.get(c) ?? []), q]);
  const batchAfter = (after: number) => tx.project.findMany({
    where: { id: { gt: after }, reviewStatus: "IN_LIBRARY", highEmission: false, gapAmount: { gt: 0n } },
    orderBy: { id: "asc" }, take: PROJECTS_PER_BATCH, select: projectSelect,
  });
  let pairs = 0;
  let matches = 0;
  let writing: Promise<void> = Promise.resolve();
  let batch = await batchAfter(0);
  while (batch.length) {
    // Asked for before this batch's write, so it is read while the previous write is still going.
    const next = settledLater(batchAfter(batch[batch.length - 1].id));
    const rows = new MatchRows();
    for (let i = 0; i < batch.length; i += PROJECTS_PER_SLICE) {
      await nextTurn();
      for (const row of batch.slice(i, i + PROJECTS_PER_SLICE)) {
        const p = toMatchProject(row, paths, families);
        const candidates = byCategory.get(p.categoryId) ?? [];
        pairs += candidates.length;
        evaluateAgainst(p, candidates, (q, score, points) => rows.add(p.id, q.id, score, points));
      }
    }
    matches += rows.length;
    await writing;
    writing = settledLater(writeMatches(tx, rows, at));
    batch = await next;
  }
  await writing;
  await restoreAfterRebuild(tx, setAside);
  return { pairs, matches };
}
