// `npm run bench:list [-- --projects 100000]`: the project list query (filters, sums, one page)
// over a library of N synthetic projects on a fresh SQLite file (or BENCH_DATABASE_URL), p50/p95.
// The library comes from lib/db/generate (the same as `npm run db:generate` and `npm run bench`).
import { benchDatabase } from "./bench-db";

const arg = process.argv.indexOf("--projects");
const N = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const { db, config, staff, done } = await benchDatabase("list");
const { listProjects } = await import("../lib/services/projects/list");

const { generate } = await import("../lib/db/generate");
const [categories, regions] = await Promise.all([db.category.findMany({ orderBy: { id: "asc" } }), db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } }, orderBy: { id: "asc" } })]);
const t0 = performance.now();
await generate(db, { projects: N, seed: 20251 });
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
