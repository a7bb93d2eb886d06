// Which projects owe a report for a period, and which of them have not filed it. The rule itself
// is lib/domain/dispatch (isExpectedToReport); this is the same rule as a database filter.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import {
  FINISHED_STAGE, lookbackPeriods, REPORTING_STAGE, REPORTING_STATUS, type Period,
} from "@/lib/domain/dispatch";
import { parseInput } from "@/lib/validation/parse";
import { periodQuery } from "@/lib/validation/dispatch";
import { beforePeriod, projectRef, projectRefSelect, resolvePeriod, scopedProjects, withLabel } from "./shared";

/** The list shows at most this many projects; the counts are always complete. */
export const MISSING_LIST_LIMIT = 200;

type ProjectWhere = NonNullable<Parameters<typeof db.project.findMany>[0]>["where"];

export function expectedWhere(p: Period): ProjectWhere {
  return {
    OR: [
      { reports: { some: { year: p.year, month: p.month } } },
      { reviewStatus: REPORTING_STATUS, stage: REPORTING_STAGE },
      {
        reviewStatus: REPORTING_STATUS, stage: { not: FINISHED_STAGE },
        reports: { some: { OR: lookbackPeriods(p).map((l) => ({ year: l.year, month: l.month })) } },
      },
    ],
  } as ProjectWhere;
}

/** Expected, filed and missing counts of a period in the actor's scope, with the missing projects. */
export async function missingReports(actor: Actor, query: unknown = {}, now = new Date()) {
  const scope = await scopedProjects(actor);
  const period = resolvePeriod(parseInput(periodQuery, query), now);
  const expected = { AND: [scope, expectedWhere(period)] } as ProjectWhere;
  const missingWhere = { AND: [scope, expectedWhere(period), { reports: { none: { year: period.year, month: period.month } } }] } as ProjectWhere;
  const [expectedCount, missingCount, rows] = await Promise.all([
    db.project.count({ where: expected }),
    db.project.count({ where: missingWhere }),
    db.project.findMany({
      where: missingWhere,
      orderBy: { code: "asc" },
      take: MISSING_LIST_LIMIT,
      select: {
        ...projectRefSelect,
        reports: { where: beforePeriod(period), orderBy: [{ year: "desc" }, { month: "desc" }], take: 1, select: { year: true, month: true } },
      },
    }),
  ]);
  return {
    period: withLabel(period),
    expected: expectedCount,
    filed: expectedCount - missingCount,
    missing: missingCount,
    items: rows.map((r) => ({ ...projectRef(r), stage: r.stage, lastReport: r.reports[0] ? withLabel(r.reports[0]) : null })),
  };
}
