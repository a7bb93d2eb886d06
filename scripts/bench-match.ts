// `npm run bench:match [-- --projects 100000 --products 200]`: in one run, on a fresh SQLite file
// (or the empty PostgreSQL database BENCH_DATABASE_URL names), the full re-match of every library
// project against every product, then the incremental re-match of one project (p50/p95 over 50
// projects) and of one product. Targets on a 2-core machine: full ≤ 10 s, one project ≤ 50 ms.
import { benchDatabase } from "./bench-db";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg("projects", 100_000);
const P = arg("products", 200);
const { db, config, done } = await benchDatabase("match");
const { rematchAll, rematchProduct, rematchProjects } = await import("../lib/services/matching/recompute");

// A deterministic synthetic library: the demo's categories, districts and owners in rotation,
// sizes from 100 万元 to 50 亿元, most projects in the library, some "两高", tonnes by size.
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const [categories, regions, owners, banks] = await Promise.all([
  db.category.findMany(), db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } } }),
  db.organization.findMany({ where: { kind: "PROJECT_OWNER" } }), db.organization.findMany({ where: { kind: { in: ["BANK", "FUND"] } } }),
]);
const stages = ["PREPARATION", "CONSTRUCTION", "OPERATING"] as const;
const instruments = ["GREEN_LOAN", "GREEN_LOAN", "GREEN_BOND", "TRANSITION_LOAN", "PLEDGE_LOAN", "GREEN_FUND", "FISCAL", "PPP"] as const;
const t0 = performance.now();
for (let i = 0; i < N; i += 2000) {
  await db.project.createMany({
    data: Array.from({ length: Math.min(2000, N - i) }, (_, k) => {
      const j = i + k;
      const total = BigInt(Math.round(10 ** (6 + rand() * 3.7))) * 100n;
      const need = (total * BigInt(50 + Math.floor(rand() * 40))) / 100n;
      const secured = rand() < 0.6 ? 0n : (need * BigInt(Math.floor(rand() * 100))) / 100n;
      const category = pick(categories);
      return {
        code: `BENCH-${j}`, name: `合成项目${j}号`, ownerOrgId: pick(owners).id, regionId: pick(regions).id, categoryId: category.id,
        totalInvestment: total, ownFunds: total - need, financingNeed: need, securedAmount: secured, gapAmount: need - secured,
        reviewStatus: rand() < 0.8 ? "IN_LIBRARY" as const : "SUBMITTED" as const, stage: pick(stages), highEmission: rand() < 0.02,
        carbonToolEligible: rand() < 0.3, intendedInstrument: rand() < 0.7 ? pick(instruments) : null,
        co2ReductionT: category.family === "MITIGATION" ? Math.round(Number(need / 10_000n) * (0.2 + rand() * 3)) : null,
      };
    }),
  });
}
for (let j = 0; j < P; j++) {
  const min = BigInt(pick([50, 100, 300, 500, 1_000, 3_000])) * 10_000n;
  await db.financeProduct.create({
    data: {
      institutionId: pick(banks).id, name: `合成产品${j}号`, instrument: pick(instruments.slice(0, 6)), active: rand() < 0.95,
      minAmount: min, maxAmount: min * BigInt(pick([10, 50, 100, 300])), minCo2ReductionT: rand() < 0.3 ? pick([500, 1_000, 5_000]) : null,
      carbonToolLinked: rand() < 0.4,
      categories: { create: [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(categories).id))].map((categoryId) => ({ categoryId })) },
      regions: { create: rand() < 0.6 ? [] : [...new Set([pick(regions).id, pick(regions).id])].map((regionId) => ({ regionId })) },
    },
  });
}
const fillMs = performance.now() - t0;
const [projects, products] = await Promise.all([db.project.count(), db.financeProduct.count()]);

const t1 = performance.now();
const full = await rematchAll();
const fullMs = performance.now() - t1;

const sample = await db.project.findMany({ where: { reviewStatus: "IN_LIBRARY", code: { startsWith: "BENCH-" } }, select: { id: true }, take: 51, skip: 1_000 });
const one: number[] = [];
for (const [i, p] of sample.entries()) {
  const t = performance.now();
  await db.$transaction((tx) => rematchProjects(tx, [p.id]));
  if (i > 0) one.push(performance.now() - t);
}
one.sort((a, b) => a - b);
const someProducts = await db.financeProduct.findMany({ where: { name: { startsWith: "合成产品" } }, select: { id: true }, take: 5 });
const productMs: number[] = [];
for (const q of someProducts) {
  const t = performance.now();
  await db.$transaction((tx) => rematchProduct(tx, q.id), { timeout: 120_000 });
  productMs.push(performance.now() - t);
}
productMs.sort((a, b) => a - b);

console.log(`\nMatching on ${config.provider}: ${projects.toLocaleString()} projects × ${products} products (library filled in ${(fillMs / 1000).toFixed(1)} s)`);
console.table([
  { measure: "full re-match", pairs: `${(projects * products).toLocaleString()} (${full.pairs.toLocaleString()} share a category)`, matches: full.matches, time: `${(fullMs / 1000).toFixed(2)} s`, target: "≤ 10 s" },
  { measure: "one project (p50 / p95 of 50)", pairs: products, matches: "", time: `${one[24].toFixed(1)} / ${one[47].toFixed(1)} ms`, target: "≤ 50 ms" },
  { measure: "one product (median of 5)", pairs: projects, matches: "", time: `${productMs[2].toFixed(0)} ms`, target: "" },
]);
await done();
