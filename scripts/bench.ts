// `npm run bench [-- --projects 100000]`: on a fresh database (temporary SQLite file, or the empty
// PostgreSQL database BENCH_DATABASE_URL names) filled by the generator, measures in one run:
//  - the cockpit KPI service and the whole cockpit summary against one hand-written SQL query
//    that computes the same KPI numbers (checked equal), with the ratio;
//  - the filtered project-list query (count + sums + one page), p50/p95.
// With --existing and BENCH_DATABASE_URL naming a database `npm run db:generate` already filled,
// nothing is generated and the timings run on that library.
import { benchDatabase } from "./bench-db";

const arg = process.argv.indexOf("--projects");
const N = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
// A running server is warm: its connection pool full, its code compiled. The first runs of each
// measure (filling PostgreSQL's pool of 10 alone takes several) are not counted.
const WARMUP = 5;
const RUNS = 20;
const { db, config, staff, done } = await benchDatabase("cockpit");
const { generate } = await import("../lib/db/generate");
const { cockpitKpis, cockpitSummary } = await import("../lib/services/cockpit/summary");
const { listProjects } = await import("../lib/services/projects/list");
const { chinaYearRange } = await import("../lib/domain/cockpit/definitions");

const existing = process.argv.includes("--existing");
const filled = existing ? null : await generate(db, { projects: N, seed: 20251 });
if (config.provider === "postgresql") await db.$executeRawUnsafe("VACUUM ANALYZE");
else await db.$queryRawUnsafe("ANALYZE");

async function timed(fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const t = performance.now();
    await fn();
    if (r >= WARMUP) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)], p95: times[Math.ceil(times.length * 0.95) - 1] };
}

type Filter = { regionId?: number; family?: "MITIGATION" | "ADAPTATION"; year?: number };
const pg = config.provider === "postgresql";

/** The KPI numbers in one hand-written query, with the same meaning as the service's. */
function kpiSql(f: Filter): [string, unknown[]] {
  const params: unknown[] = [];
  const p = (v: unknown) => { params.push(v); return pg ? `$${params.length}` : "?"; };
  const when = (d: Date) => (pg ? d : d.toISOString().replace("Z", "+00:00"));
  const cond = (a: string) => {
    const c = [`${a}."reviewStatus" = 'IN_LIBRARY'`];
    if (f.regionId) c.push(`${a}."regionId" IN (SELECT "id" FROM "Region" WHERE "id" = ${p(f.regionId)} OR "parentId" = ${p(f.regionId)})`);
    if (f.family) c.push(`${a}."categoryId" IN (SELECT "id" FROM "Category" WHERE "family" = ${p(f.family)})`);
    if (f.year) { const y = chinaYearRange(f.year); c.push(`${a}."inLibraryAt" >= ${p(when(y.gte))} AND ${a}."inLibraryAt" < ${p(when(y.lt))}`); }
    return c.join(" AND ");
  };
  // Placeholders are numbered in the order they appear, so each use of the condition binds its own.
  const sql = `SELECT COUNT(*) AS n, SUM(p."totalInvestment") AS ti, SUM(p."financingNeed") AS need, SUM(p."securedAmount") AS sec,
    SUM(p."gapAmount") AS gap, SUM(p."co2ReductionT") AS co2,
    (SELECT COUNT(*) FROM (SELECT "institutionId" FROM "FinancingRecord" WHERE "projectId" IN (SELECT q."id" FROM "Project" q WHERE ${cond("q")})
      UNION SELECT "institutionId" FROM "Push" WHERE "projectId" IN (SELECT q."id" FROM "Project" q WHERE ${cond("q")})) u) AS inst
    FROM "Project" p WHERE ${cond("p")}`;
  return [sql, params];
}

const leader = staff;
const district = await db.region.findFirstOrThrow({ where: { level: "DISTRICT" }, orderBy: { id: "asc" } });
const filters: [string, Filter][] = [
  ["whole library", {}],
  ["one district", { regionId: district.id }],
  ["family + year", { family: "MITIGATION", year: 2024 }],
];
const summaryRows = [];
for (const [label, f] of filters) {
  const [sql, params] = kpiSql(f);
  const raw = (await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params))[0];
  const k = await cockpitKpis(leader, f);
  const big = (v: unknown) => BigInt(String(v ?? 0).split(".")[0]);
  const same = Number(raw.n) === k.projectsInLibrary && big(raw.ti) === k.totalInvestment && big(raw.need) === k.need
    && big(raw.sec) === k.secured && big(raw.gap) === k.gap && Number(raw.inst) === k.institutionsEngaged;
  if (!same) throw new Error(`KPI mismatch for ${label}: ${JSON.stringify({ raw, k }, (_, v) => (typeof v === "bigint" ? String(v) : v))}`);
  const tSql = await timed(() => db.$queryRawUnsafe(sql, ...params));
  const tKpi = await timed(() => cockpitKpis(leader, f));
  const tAll = await timed(() => cockpitSummary(leader, f));
  summaryRows.push({
    filter: label, projects: k.projectsInLibrary,
    sql_p50: +tSql.p50.toFixed(1), kpi_service_p50: +tKpi.p50.toFixed(1), kpi_ratio: +(tKpi.p50 / tSql.p50).toFixed(2),
    summary_p50: +tAll.p50.toFixed(1), summary_p95: +tAll.p95.toFixed(1), summary_ratio: +(tAll.p50 / tSql.p50).toFixed(2),
  });
}

const [categories, regions] = await Promise.all([db.category.findMany({ orderBy: { id: "asc" } }), db.region.findMany({ where: { level: "DISTRICT" }, orderBy: { id: "asc" } })]);
const cases: [string, Record<string, string>][] = [
  ["first page, default sort", {}],
  ["cockpit drill: in library + district + year", { status: "IN_LIBRARY", regionId: String(regions[1].id), year: "2024" }],
  ["status + category + district", { status: "IN_LIBRARY", categoryId: String(categories[2].id), regionId: String(regions[1].id) }],
  ["family + funding PARTLY, sort by gap desc", { family: "MITIGATION", funding: "PARTLY", sort: "gapAmount", dir: "desc" }],
  ["carbon tool + stage, page 50", { carbonTool: "true", stage: "CONSTRUCTION", page: "50" }],
  ["search name (Chinese substring)", { q: "储能" }],
  ["instrument (through financing records)", { instrument: "GREEN_LOAN" }],
];
const listRows = [];
for (const [label, query] of cases) {
  let total = 0;
  const t = await timed(async () => { total = (await listProjects(staff, query)).total; });
  listRows.push({ query: label, matches: total, p50_ms: +t.p50.toFixed(1), p95_ms: +t.p95.toFixed(1) });
}
const size = filled
  ? `generated in ${filled.ms} ms: ${filled.financingRecords} financing records, ${filled.pushes} pushes, ${filled.reports} reports, ${filled.problems} problems, ${filled.products} products, ${filled.adbSubProjects} ADB sub-projects`
  : "existing database";
console.log(`\nCockpit over ${await db.project.count()} projects on ${config.provider} (${size}); ${RUNS} timed runs each after ${WARMUP} untimed, ms`);
console.log("Targets: summary within 2× of the hand-written SQL and p95 < 150 ms; list p95 < 50 ms");
console.table(summaryRows);
console.log("Project list query (count + sums + one page of 20)");
console.table(listRows);
await done();
