// The few cockpit figures Prisma cannot group in the database (distinct projects per step of the
// funnel or per instrument) as one hand-written query each. The condition below must select the
// same projects as cockpitWhere; the integration tests compare both on every filter.
import { db, dbProvider } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { APPROVED_PUSH, chinaYearRange, INTERESTED_PUSH } from "@/lib/domain/cockpit/definitions";
import { GREEN_INSTRUMENTS } from "@/lib/domain/instruments";
import type { CockpitQuery } from "@/lib/validation/cockpit";
import { regionFilter } from "../scope";

const pg = dbProvider === "postgresql";
const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ");

/** Parameters collected in the order their placeholders appear in the text. */
class Params {
  values: unknown[] = [];
  add(v: unknown): string {
    // SQLite keeps DateTime as ISO text with an explicit offset: compare with the same form.
    this.values.push(v instanceof Date && !pg ? v.toISOString().replace("Z", "+00:00") : v);
    return pg ? `$${this.values.length}` : "?";
  }
}

interface Scope { regionIds: number[] | null; filterRegions: number[] | null; categoryIds: number[] | null }

async function scopeOf(actor: Actor, query: CockpitQuery): Promise<Scope> {
  const actorRegions = (await regionFilter(actor)) as { regionId?: { in: number[] } };
  const filterRegions = query.regionId
    ? [query.regionId, ...(await db.region.findMany({ where: { parentId: query.regionId }, select: { id: true } })).map((r) => r.id)]
    : null;
  const categoryIds = query.categoryId ? [query.categoryId]
    : query.family ? (await db.category.findMany({ where: { family: query.family }, select: { id: true } })).map((c) => c.id) : null;
  return { regionIds: actorRegions.regionId?.in ?? null, filterRegions, categoryIds };
}

function condition(alias: string, query: CockpitQuery, scope: Scope, p: Params): string {
  const c = [`${alias}."reviewStatus" = 'IN_LIBRARY'`];
  const ids = (xs: number[]) => xs.map((x) => p.add(x)).join(", ");
  if (scope.regionIds) c.push(`${alias}."regionId" IN (${ids(scope.regionIds)})`);
  if (scope.filterRegions) c.push(`${alias}."regionId" IN (${ids(scope.filterRegions)})`);
  if (scope.categoryIds) c.push(scope.categoryIds.length ? `${alias}."categoryId" IN (${ids(scope.categoryIds)})` : "1 = 0");
  if (query.year) {
    const y = chinaYearRange(query.year);
    c.push(`${alias}."inLibraryAt" >= ${p.add(y.gte)} AND ${alias}."inLibraryAt" < ${p.add(y.lt)}`);
  }
  return c.join(" AND ");
}

const n = (v: unknown) => Number(v ?? 0);
const yuan = (v: unknown) => BigInt(String(v ?? 0).split(".")[0]);
const asDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

/**
 * Every figure that counts distinct projects or walks the records of the cockpit's projects, in a
 * few statements that each select those projects once (the CTE `s`) and join the records to them.
 */
export async function recordFigures(actor: Actor, query: CockpitQuery, now: Date) {
  const scope = await scopeOf(actor, query);
  const statement = (body: (p: Params) => string) => {
    const p = new Params();
    const cte = `WITH s AS (SELECT q."id" FROM "Project" q WHERE ${condition("q", query, scope, p)})`;
    return [`${cte} ${body(p)}`, p.values] as const;
  };
  const [steps, stepParams] = statement((p) => `,
    pu AS (SELECT x."projectId",
        MAX(CASE WHEN x."status" IN (${list(INTERESTED_PUSH)}) THEN 1 ELSE 0 END) AS i,
        MAX(CASE WHEN x."status" IN (${list(APPROVED_PUSH)}) THEN 1 ELSE 0 END) AS a,
        MAX(CASE WHEN x."status" = 'DISBURSED' THEN 1 ELSE 0 END) AS d
      FROM "Push" x JOIN s ON s."id" = x."projectId" GROUP BY x."projectId"),
    fr AS (SELECT f."projectId",
        MAX(CASE WHEN f."status" = 'DISBURSED' THEN 1 ELSE 0 END) AS d,
        MAX(CASE WHEN f."instrument" IN (${list(GREEN_INSTRUMENTS)}) THEN 1 ELSE 0 END) AS gp,
        SUM(CASE WHEN f."instrument" IN (${list(GREEN_INSTRUMENTS)}) THEN f."amount" ELSE 0 END) AS g
      FROM "FinancingRecord" f JOIN s ON s."id" = f."projectId" GROUP BY f."projectId")
    SELECT
      (SELECT COUNT(*) FROM pu) AS pushed,
      (SELECT COUNT(*) FROM pu WHERE i = 1) AS interested,
      (SELECT COUNT(*) FROM (SELECT "projectId" FROM pu WHERE a = 1 UNION SELECT "projectId" FROM fr) t1) AS approved,
      (SELECT COUNT(*) FROM (SELECT "projectId" FROM pu WHERE d = 1 UNION SELECT "projectId" FROM fr WHERE d = 1) t2) AS disbursed,
      (SELECT COUNT(*) FROM fr WHERE gp = 1) AS green_projects,
      (SELECT SUM(g) FROM fr) AS green_amount,
      (SELECT COUNT(*) FROM "Organization" o
        WHERE EXISTS (SELECT 1 FROM "FinancingRecord" f JOIN s ON s."id" = f."projectId" WHERE f."institutionId" = o."id")
           OR EXISTS (SELECT 1 FROM "Push" x JOIN s ON s."id" = x."projectId" WHERE x."institutionId" = o."id")) AS institutions,
      (SELECT COUNT(*) FROM "Push" x JOIN s ON s."id" = x."projectId" WHERE x."status" = 'PENDING' AND x."dueAt" < ${p.add(now)}) AS overdue,
      (SELECT COUNT(*) FROM "Problem" b JOIN s ON s."id" = b."projectId" WHERE b."status" = 'OPEN') AS open_problems`);
  const [byInstrument, instrumentParams] = statement(() => `
    SELECT f."instrument" AS instrument, COUNT(*) AS records, COUNT(DISTINCT f."projectId") AS projects, SUM(f."amount") AS amount
    FROM "FinancingRecord" f JOIN s ON s."id" = f."projectId" GROUP BY f."instrument"`);
  // Record dates are calendar days: a few thousand groups at most, bucketed into months after.
  const [byDate, dateParams] = statement(() => `
    SELECT f."date" AS date, COUNT(*) AS records, SUM(f."amount") AS amount
    FROM "FinancingRecord" f JOIN s ON s."id" = f."projectId" GROUP BY f."date"`);
  const [overdue, overdueParams] = statement((p) => `
    SELECT x."id" AS id FROM "Push" x JOIN s ON s."id" = x."projectId" WHERE x."status" = 'PENDING' AND x."dueAt" < ${p.add(now)}
    ORDER BY x."dueAt", x."id" LIMIT 10`);
  const [problems, problemParams] = statement(() => `
    SELECT b."id" AS id FROM "Problem" b JOIN s ON s."id" = b."projectId" WHERE b."status" = 'OPEN' ORDER BY b."dueDate", b."id" LIMIT 10`);
  const run = (sql: string, params: readonly unknown[]) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  const [[s], instruments, dates, overdueIds, problemIds] = await Promise.all([
    run(steps, stepParams), run(byInstrument, instrumentParams), run(byDate, dateParams), run(overdue, overdueParams), run(problems, problemParams),
  ]);
  return {
    pushed: n(s.pushed), interested: n(s.interested), approved: n(s.approved), disbursed: n(s.disbursed),
    green: { projects: n(s.green_projects), amount: yuan(s.green_amount) },
    institutionsEngaged: n(s.institutions),
    overduePushes: n(s.overdue),
    openProblems: n(s.open_problems),
    byInstrument: instruments.map((r) => ({ instrument: String(r.instrument), records: n(r.records), projects: n(r.projects), amount: yuan(r.amount) })),
    byDate: dates.map((r) => ({ date: asDate(r.date), records: n(r.records), amount: yuan(r.amount) })),
    overduePushIds: overdueIds.map((r) => n(r.id)),
    openProblemIds: problemIds.map((r) => n(r.id)),
  };
}
