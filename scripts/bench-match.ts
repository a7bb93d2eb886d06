// `npm run bench:match [-- --projects 100000]`: in one run, on a fresh SQLite file
// (or the empty PostgreSQL database BENCH_DATABASE_URL names), the full re-match of every library
// project against every product (the generator makes about 200 products per 100,000 projects),
// then the incremental re-match of one project (p50/p95 over 50) and of one product.
// Targets on a 2-core machine: full ≤ 10 s, one project ≤ 50 ms.
import { benchDatabase } from "./bench-db";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg("projects", 100_000);
const { db, config, done } = await benchDatabase("match");
const { rematchAll, rematchProduct, rematchProjects } = await import("../lib/services/matching/recompute");

const { generate } = await import("../lib/db/generate");
const t0 = performance.now();
await generate(db, { projects: N, seed: 20251 });
const fillMs = performance.now() - t0;
const [projects, products] = await Promise.all([db.project.count(), db.financeProduct.count()]);

const t1 = performance.now();
const full = await rematchAll();
const fullMs = performance.now() - t1;

const sample = await db.project.findMany({ where: { reviewStatus: "IN_LIBRARY" }, select: { id: true }, take: 51, skip: 1_000 });
const one: number[] = [];
for (const [i, p] of sample.entries()) {
  const t = performance.now();
  await db.$transaction((tx) => rematchProjects(tx, [p.id]));
  if (i > 0) one.push(performance.now() - t);
}
one.sort((a, b) => a - b);
const someProducts = await db.financeProduct.findMany({ select: { id: true }, take: 5, skip: 20 });
const productMs: number[] = [];
for (const q of someProducts) {
  const t = performance.now();
  await db.$transaction((tx) => rematchProduct(tx, q.id), { timeout: 120_000 });
  productMs.push(performance.now() - t);
}
productMs.sort((a, b) => a - b);

console.log(`\nMatching on ${config.provider}: ${projects.toLocaleString()} projects × ${products} products (library generated in ${(fillMs / 1000).toFixed(1)} s)`);
console.table([
  { measure: "full re-match", pairs: `${(projects * products).toLocaleString()} (${full.pairs.toLocaleString()} share a category)`, matches: full.matches, time: `${(fullMs / 1000).toFixed(2)} s`, target: "≤ 10 s" },
  { measure: "one project (p50 / p95 of 50)", pairs: products, matches: "", time: `${one[24].toFixed(1)} / ${one[47].toFixed(1)} ms`, target: "≤ 50 ms" },
  { measure: "one product (median of 5)", pairs: projects, matches: "", time: `${productMs[2].toFixed(0)} ms`, target: "" },
]);
await done();
