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

/** Projects at each step after "in library", financed with green instruments, and per instrument. */
export async function distinctProjectFigures(actor: Actor, query: CockpitQuery) {
  const scope = await scopeOf(actor, query);
  const p = new Params();
  const inScope = () => `"projectId" IN (SELECT q."id" FROM "Project" q WHERE ${condition("q", query, scope, p)})`;
  const steps = `SELECT
    (SELECT COUNT(DISTINCT "projectId") FROM "Push" WHERE ${inScope()}) AS pushed,
    (SELECT COUNT(DISTINCT "projectId") FROM "Push" WHERE "status" IN (${list(INTERESTED_PUSH)}) AND ${inScope()}) AS interested,
    (SELECT COUNT(*) FROM (SELECT "projectId" FROM "Push" WHERE "status" IN (${list(APPROVED_PUSH)}) AND ${inScope()}
       UNION SELECT "projectId" FROM "FinancingRecord" WHERE ${inScope()}) a) AS approved,
    (SELECT COUNT(*) FROM (SELECT "projectId" FROM "Push" WHERE "status" = 'DISBURSED' AND ${inScope()}
       UNION SELECT "projectId" FROM "FinancingRecord" WHERE "status" = 'DISBURSED' AND ${inScope()}) d) AS disbursed,
    (SELECT COUNT(DISTINCT "projectId") FROM "FinancingRecord" WHERE "instrument" IN (${list(GREEN_INSTRUMENTS)}) AND ${inScope()}) AS green_projects,
    (SELECT SUM("amount") FROM "FinancingRecord" WHERE "instrument" IN (${list(GREEN_INSTRUMENTS)}) AND ${inScope()}) AS green_amount`;
  const stepParams = p.values;
  const q = new Params();
  const byInstrument = `SELECT "instrument" AS instrument, COUNT(*) AS records, COUNT(DISTINCT "projectId") AS projects, SUM("amount") AS amount
    FROM "FinancingRecord" WHERE "projectId" IN (SELECT q."id" FROM "Project" q WHERE ${condition("q", query, scope, q)}) GROUP BY "instrument"`;
  const [[s], instruments] = await Promise.all([
    db.$queryRawUnsafe<Record<string, unknown>[]>(steps, ...stepParams),
    db.$queryRawUnsafe<Record<string, unknown>[]>(byInstrument, ...q.values),
  ]);
  return {
    pushed: n(s.pushed), interested: n(s.interested), approved: n(s.approved), disbursed: n(s.disbursed),
    green: { projects: n(s.green_projects), amount: yuan(s.green_amount) },
    byInstrument: instruments.map((r) => ({ instrument: String(r.instrument), records: n(r.records), projects: n(r.projects), amount: yuan(r.amount) })),
  };
}
