// `npm run bench:list [-- --projects 100000]`: the project list query (filters, sums, one page)
// over a library of N synthetic projects on a fresh SQLite file (or BENCH_DATABASE_URL), p50/p95.
// The cockpit issue brings the full generator; this fills only what the list reads.
import { benchDatabase } from "./bench-db";

const arg = process.argv.indexOf("--projects");
const N = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const { db, config, staff, done } = await benchDatabase("list");
const { listProjects } = await import("../lib/services/projects/list");

const [categories, regions, owners] = await Promise.all([db.category.findMany(), db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } } }), db.organization.findMany({ where: { kind: "PROJECT_OWNER" } })]);
const statuses = ["IN_LIBRARY", "IN_LIBRARY", "IN_LIBRARY", "SUBMITTED", "DRAFT", "RETURNED"] as const;
const stages = ["PREPARATION", "CONSTRUCTION", "OPERATING"] as const;
const t0 = performance.now();
for (let i = 0; i < N; i += 2000) {
  await db.project.createMany({
    data: Array.from({ length: Math.min(2000, N - i) }, (_, k) => {
      const j = i + k;
      const total = BigInt(1_000_000 + ((j * 7919) % 500_000) * 1000);
      const need = (total * 7n) / 10n;
      const secured = j % 3 === 0 ? 0n : j % 3 === 1 ? need / 2n : need;
      return {
        code: `BENCH-${j}`, name: `合成项目${j}号${["光伏", "储能", "节能改造", "湿地修复", "公交电动化"][j % 5]}`,
        ownerOrgId: owners[j % owners.length].id, regionId: regions[j % regions.length].id, categoryId: categories[j % categories.length].id,
        totalInvestment: total, ownFunds: total - need, financingNeed: need, securedAmount: secured, gapAmount: need - secured,
        reviewStatus: statuses[j % statuses.length], stage: stages[j % 3], carbonToolEligible: j % 4 === 0, co2ReductionT: j % 5000,
      };
    }),
  });
}
const fillMs = Math.round(performance.now() - t0);
const cases: [string, Record<string, string>][] = [
  ["first page, default sort", {}],
  ["status + category + district", { status: "IN_LIBRARY", categoryId: String(categories[2].id), regionId: String(regions[1].id) }],
  ["family + funding PARTLY, sort by gap desc", { family: "MITIGATION", funding: "PARTLY", sort: "gapAmount", dir: "desc" }],
  ["carbon tool + stage, page 50", { carbonTool: "true", stage: "CONSTRUCTION", page: "50" }],
  ["search name (Chinese substring)", { q: "储能" }],
  ["instrument (through financing records)", { instrument: "GREEN_LOAN" }],
];
const rows = [];
for (const [label, query] of cases) {
  const times: number[] = [];
  let total = 0;
  for (let r = 0; r < 21; r++) {
    const t = performance.now();
    total = (await listProjects(staff, query)).total;
    if (r > 0) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  rows.push({ query: label, matches: total, p50_ms: +times[10].toFixed(1), p95_ms: +times[18].toFixed(1) });
}
console.log(`\nProject list over ${N + 86} projects on ${config.provider} (filled in ${fillMs} ms); each query = count + sums + one page of 20`);
console.table(rows);
await done();
