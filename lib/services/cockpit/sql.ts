// The cockpit's figures as a few hand-written statements, one per group of charts, run in parallel.
// Every statement selects the cockpit's projects with `inScope` below, which must select the same
// projects as the project list with the same filters and status IN_LIBRARY (the drill-down): the
// integration tests compare both on every filter. The funnel and the financed-instrument counts read
// the caches the push and financing services keep on the project row (Project.pushStage,
// financedInstruments), and the charts of financing records the copy of their project's filters
// on each record (FinancingRecord.projectInLibrary …): no statement joins records to 100,000 projects.
import { db, dbProvider } from "@/lib/db/client";
import { FUNNEL_PUSH_STAGE } from "@/lib/domain/cockpit/definitions";
import { INSTITUTION_KINDS } from "@/lib/domain/instruments";

const pg = dbProvider === "postgresql";

/** Parameters collected in the order their placeholders appear in the text. */
class Params {
  values: unknown[] = [];
  add(v: unknown): string {
    // SQLite keeps DateTime as ISO text with an explicit offset: compare with the same form.
    this.values.push(v instanceof Date && !pg ? v.toISOString().replace("Z", "+00:00") : v);
    return pg ? `$${this.values.length}` : "?";
  }
}

/** The cockpit's filters as lists of ids (null: no such filter). */
export interface CockpitScope {
  /** The regions the actor works in. */
  actorRegions: number[] | null;
  /** The district filter with its parks. */
  filterRegions: number[] | null;
  /** The category filter, or the categories of the family filter. */
  categoryIds: number[] | null;
  /** The year the projects entered the library. */
  year: { gte: Date; lt: Date } | null;
}

type Row = Record<string, unknown>;

function run(build: (p: Params) => string): Promise<Row[]> {
  const p = new Params();
  const sql = build(p);
  return db.$queryRawUnsafe<Row[]>(sql, ...p.values);
}

/**
 * Region and category conditions on the given columns. The ids are written into the text (they
 * are whole numbers, checked here): SQLite chooses its index by the values, and with placeholders
 * it took one that made it read the table row of every project of a district.
 */
function filters(region: string, category: string, s: CockpitScope): string[] {
  const ids = (xs: number[]) => xs.map((x) => {
    if (!Number.isSafeInteger(x)) throw new Error(`not an id: ${x}`);
    return String(x);
  }).join(", ");
  const c: string[] = [];
  if (s.actorRegions) c.push(`${region} IN (${ids(s.actorRegions)})`);
  if (s.filterRegions) c.push(`${region} IN (${ids(s.filterRegions)})`);
  if (s.categoryIds) c.push(s.categoryIds.length ? `${category} IN (${ids(s.categoryIds)})` : "1 = 0");
  return c;
}

const within = (column: string, y: { gte: Date; lt: Date }, p: Params) => `${column} >= ${p.add(y.gte)} AND ${column} < ${p.add(y.lt)}`;

/** The cockpit's projects: in the library, in the scope, entered in the year. */
function inScope(a: string, s: CockpitScope, p: Params): string {
  const c = [`${a}."reviewStatus" = 'IN_LIBRARY'`, ...filters(`${a}."regionId"`, `${a}."categoryId"`, s)];
  if (s.year) c.push(within(`${a}."inLibraryAt"`, s.year, p));
  return c.join(" AND ");
}

/** The financing records of the cockpit's projects, by the copy of their project's filters on the record row `f`. */
function recordInScope(f: string, s: CockpitScope, p: Params): string {
  const c = [`${f}."projectInLibrary" = TRUE`, ...filters(`${f}."projectRegionId"`, `${f}."projectCategoryId"`, s)];
  if (s.year) c.push(within(`${f}."projectInLibraryAt"`, s.year, p));
  return c.join(" AND ");
}

// The month of a record date in China time on SQLite (lib/domain/cockpit/definitions.ts chinaMonth).
const chinaMonth = (date: string) => `strftime('%Y-%m', ${date}, '+8 hours')`;

const SUMS = `COUNT(*) AS n, SUM(q."totalInvestment") AS ti, SUM(q."financingNeed") AS need, SUM(q."securedAmount") AS sec,
  SUM(q."gapAmount") AS gap, SUM(q."co2ReductionT") AS co2`;

const n = (v: unknown) => Number(v ?? 0);
const yuan = (v: unknown) => BigInt(String(v ?? 0).split(".")[0]);
const asDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

export interface Sums { projects: number; totalInvestment: bigint; need: bigint; secured: bigint; gap: bigint; co2ReductionT: number }

const sumsOf = (r: Row): Sums => ({
  projects: n(r.n), totalInvestment: yuan(r.ti), need: yuan(r.need), secured: yuan(r.sec), gap: yuan(r.gap), co2ReductionT: n(r.co2),
});

export function addUp(rows: readonly Sums[]): Sums {
  const all: Sums = { projects: 0, totalInvestment: 0n, need: 0n, secured: 0n, gap: 0n, co2ReductionT: 0 };
  for (const r of rows) {
    all.projects += r.projects;
    all.totalInvestment += r.totalInvestment;
    all.need += r.need;
    all.secured += r.secured;
    all.gap += r.gap;
    all.co2ReductionT += r.co2ReductionT;
  }
  return all;
}

/**
 * The KPI sums alone, added up from the groups: SQLite answers the ungrouped sum from an index
 * that skips the sums' columns (240 ms at 70,000 projects) and the grouped one from the covering
 * index (28 ms).
 */
export async function totals(s: CockpitScope): Promise<Sums> {
  return addUp(await projectGroups(s));
}

/** Sums per category × region × stage (at most a few hundred rows), from which the totals and the three breakdowns add up. */
export async function projectGroups(s: CockpitScope) {
  const rows = await run((p) => `
    SELECT q."categoryId" AS c, q."regionId" AS r, q."stage" AS st, ${SUMS}
    FROM "Project" q WHERE ${inScope("q", s, p)}
    GROUP BY q."categoryId", q."regionId", q."stage"`);
  return rows.map((r) => ({ categoryId: n(r.c), regionId: n(r.r), stage: String(r.st), ...sumsOf(r) }));
}

/** The funnel's steps after "in library": the projects whose furthest push stage is at least each step's. */
export async function pushFunnel(s: CockpitScope) {
  const rows = await run((p) => `
    SELECT q."pushStage" AS stage, COUNT(*) AS n FROM "Project" q
    WHERE ${inScope("q", s, p)} AND q."pushStage" > 0 GROUP BY q."pushStage"`);
  const atLeast = (stage: number) => rows.filter((r) => n(r.stage) >= stage).reduce((sum, r) => sum + n(r.n), 0);
  return Object.fromEntries(Object.entries(FUNNEL_PUSH_STAGE).map(([step, stage]) => [step, atLeast(stage)])) as Record<keyof typeof FUNNEL_PUSH_STAGE, number>;
}

/** Projects per set of financed instruments (a few dozen sets), for the projects per instrument. */
export async function financedSets(s: CockpitScope) {
  const rows = await run((p) => `
    SELECT q."financedInstruments" AS fi, COUNT(*) AS n FROM "Project" q
    WHERE ${inScope("q", s, p)} AND q."financedInstruments" > '' GROUP BY q."financedInstruments"`);
  return rows.map((r) => ({ set: String(r.fi), projects: n(r.n) }));
}

/**
 * The funnel's first step: projects ever submitted, with a year those submitted or entering the
 * library in it. The year's two ways in are one CASE, so that SQLite makes one pass over an index
 * instead of merging two index lookups of half the library each.
 */
export async function declaredCount(s: CockpitScope): Promise<number> {
  const [r] = await run((p) => {
    const c = [`(q."reviewStatus" <> 'DRAFT' OR q."submittedAt" IS NOT NULL)`, ...filters(`q."regionId"`, `q."categoryId"`, s)];
    if (s.year) {
      c.push(`CASE WHEN ${within(`q."submittedAt"`, s.year, p)} THEN 1
        WHEN q."reviewStatus" = 'IN_LIBRARY' AND ${within(`q."inLibraryAt"`, s.year, p)} THEN 1 ELSE 0 END = 1`);
    }
    return `SELECT COUNT(*) AS n FROM "Project" q WHERE ${c.join(" AND ")}`;
  });
  return n(r.n);
}

/**
 * Financing records of the cockpit's projects per instrument and month (China time). SQLite groups
 * by day first, in the order of the covering index, then the few thousand days into months;
 * PostgreSQL hashes straight into months, the month as text only for the few hundred groups
 * (the two-step form took it 55 ms at 90,000 records, this one 32 ms).
 */
export async function recordsByInstrumentAndMonth(s: CockpitScope) {
  const rows = await run((p) => pg
    ? `SELECT m."instrument" AS instrument, to_char(m."month", 'YYYY-MM') AS month, m."n" AS n, m."amount" AS amount
       FROM (SELECT f."instrument", date_trunc('month', f."date" + interval '8 hours') AS "month", COUNT(*) AS "n", SUM(f."amount") AS "amount"
             FROM "FinancingRecord" f WHERE ${recordInScope("f", s, p)} GROUP BY 1, 2) m`
    : `SELECT d."instrument" AS instrument, ${chinaMonth(`d."day"`)} AS month, SUM(d."n") AS n, SUM(d."amount") AS amount
       FROM (SELECT f."instrument", f."date" AS "day", COUNT(*) AS "n", SUM(f."amount") AS "amount"
             FROM "FinancingRecord" f WHERE ${recordInScope("f", s, p)} GROUP BY f."instrument", f."date") d
       GROUP BY d."instrument", ${chinaMonth(`d."day"`)}`);
  return rows.map((r) => ({ instrument: String(r.instrument), month: String(r.month), records: n(r.n), amount: yuan(r.amount) }));
}

/**
 * Institutions with a financing record or a push for one of the cockpit's projects. Records and
 * pushes only ever name institutions (the services refuse other organizations): looking among them
 * alone spares a probe for each of the thousands of project owners.
 */
export async function institutionsEngaged(s: CockpitScope): Promise<number> {
  const [r] = await run((p) => `
    SELECT COUNT(*) AS n FROM "Organization" o
    WHERE o."kind" IN (${INSTITUTION_KINDS.map((k) => `'${k}'`).join(", ")}) AND (EXISTS (SELECT 1 FROM "FinancingRecord" f WHERE f."institutionId" = o."id" AND ${recordInScope("f", s, p)})
       OR EXISTS (SELECT 1 FROM "Push" x JOIN "Project" q ON q."id" = x."projectId" WHERE x."institutionId" = o."id" AND ${inScope("q", s, p)}))`);
  return n(r.n);
}

/** Pushes of the cockpit's projects still unanswered after their due time: how many, and the ten most overdue. */
export async function overduePushes(s: CockpitScope, now: Date) {
  const rows = await run((p) => {
    const late = (x: string, q: string) => `${x}."status" = 'PENDING' AND ${x}."dueAt" < ${p.add(now)} AND ${inScope(q, s, p)}`;
    return `
      SELECT x."id" AS id, x."projectId" AS "projectId", x."dueAt" AS "dueAt", q."name" AS project, o."name" AS institution,
        (SELECT COUNT(*) FROM "Push" y JOIN "Project" t ON t."id" = y."projectId" WHERE ${late("y", "t")}) AS total
      FROM "Push" x JOIN "Project" q ON q."id" = x."projectId" JOIN "Organization" o ON o."id" = x."institutionId"
      WHERE ${late("x", "q")} ORDER BY x."dueAt", x."id" LIMIT 10`;
  });
  return {
    count: rows.length ? n(rows[0].total) : 0,
    items: rows.map((r) => ({ id: n(r.id), projectId: n(r.projectId), project: String(r.project), institution: String(r.institution), dueAt: asDate(r.dueAt) })),
  };
}

/** Open problems of the cockpit's projects: how many, and the ten due first. */
export async function openProblems(s: CockpitScope) {
  const rows = await run((p) => {
    const open = (b: string, q: string) => `${b}."status" = 'OPEN' AND ${inScope(q, s, p)}`;
    return `
      SELECT b."id" AS id, b."projectId" AS "projectId", b."description" AS description, b."department" AS department, b."dueDate" AS "dueDate",
        q."name" AS project, (SELECT COUNT(*) FROM "Problem" c JOIN "Project" t ON t."id" = c."projectId" WHERE ${open("c", "t")}) AS total
      FROM "Problem" b JOIN "Project" q ON q."id" = b."projectId"
      WHERE ${open("b", "q")} ORDER BY b."dueDate", b."id" LIMIT 10`;
  });
  return {
    count: rows.length ? n(rows[0].total) : 0,
    items: rows.map((r) => ({
      id: n(r.id), projectId: n(r.projectId), project: String(r.project), description: String(r.description), department: String(r.department), dueDate: asDate(r.dueDate),
    })),
  };
}

/**
 * The ten projects with the largest financing gap: chosen first from an index that holds the
 * filters and the gap, then named. Sorting with the names carried along made SQLite read the
 * whole row of every library project (150 ms at 70,000).
 */
export async function topGaps(s: CockpitScope) {
  const rows = await run((p) => `
    SELECT q."id" AS id, q."code" AS code, q."name" AS name, q."financingNeed" AS need, q."securedAmount" AS secured, q."gapAmount" AS gap,
      r."name" AS district, c."name" AS category
    FROM (SELECT t."id" FROM "Project" t WHERE ${inScope("t", s, p)} AND t."gapAmount" > 0 ORDER BY t."gapAmount" DESC, t."id" LIMIT 10) top
    JOIN "Project" q ON q."id" = top."id" JOIN "Region" r ON r."id" = q."regionId" JOIN "Category" c ON c."id" = q."categoryId"
    ORDER BY q."gapAmount" DESC, q."id"`);
  return rows.map((r) => ({
    id: n(r.id), code: String(r.code), name: String(r.name), district: String(r.district), category: String(r.category),
    need: yuan(r.need), secured: yuan(r.secured), gap: yuan(r.gap),
  }));
}

/** The ADB sub-projects (of the district filter, when one is set) and their milestones done and overdue. */
export async function adbProgress(regionIds: number[] | null, now: Date) {
  const inRegions = (p: Params) => (regionIds ? `WHERE s."regionId" IN (${regionIds.map((id) => p.add(id)).join(", ")})` : "");
  const [[totals], milestones] = await Promise.all([
    run((p) => `SELECT COUNT(*) AS n, SUM(s."adbAllocation") AS allocation FROM "AdbSubProject" s ${inRegions(p)}`),
    run((p) => `
      SELECT m."kind" AS kind, SUM(CASE WHEN m."actualDate" IS NOT NULL THEN 1 ELSE 0 END) AS done,
        SUM(CASE WHEN m."actualDate" IS NULL AND m."plannedDate" < ${p.add(now)} THEN 1 ELSE 0 END) AS late
      FROM "AdbMilestone" m JOIN "AdbSubProject" s ON s."id" = m."subProjectId" ${inRegions(p)} GROUP BY m."kind"`),
  ]);
  return {
    subProjects: n(totals.n), allocation: yuan(totals.allocation),
    milestones: new Map(milestones.map((r) => [String(r.kind), { completed: n(r.done), overdue: n(r.late) }])),
  };
}
