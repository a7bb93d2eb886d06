// Every figure of the leaders' cockpit, for the page and GET /api/v1/dashboard/summary.
// All sums and counts are grouped queries in the database: rows never come into JavaScript one per
// project. Definitions (year, funnel, overdue) are in lib/domain/cockpit/definitions.ts.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { chinaMonth, chinaYearRange, FUNNEL_STEPS, monthlySeries } from "@/lib/domain/cockpit/definitions";
import { fundingRateBp, gapOf } from "@/lib/domain/funding";
import { MILESTONE_SEQUENCE, MILESTONE_SHORT_LABELS } from "@/lib/domain/adb/milestones";
import type { Yuan } from "@/lib/domain/money";
import { m } from "@/lib/i18n";
import { cockpitQuery, type CockpitQuery } from "@/lib/validation/cockpit";
import { parseInput } from "@/lib/validation/parse";
import { listWhere } from "../projects/list";
import { recordFigures } from "./sql";

const SUMS = { totalInvestment: true, financingNeed: true, securedAmount: true, gapAmount: true } as const;

interface SumRow {
  _count: { _all: number };
  _sum: { totalInvestment: Yuan | null; financingNeed: Yuan | null; securedAmount: Yuan | null; gapAmount: Yuan | null };
}

export interface GroupFigures {
  key: string;
  label: string;
  projects: number;
  totalInvestment: Yuan;
  need: Yuan;
  secured: Yuan;
  gap: Yuan;
}

function figuresOf(key: string, label: string, rows: readonly SumRow[]): GroupFigures {
  let projects = 0, totalInvestment = 0n, need = 0n, secured = 0n, gap = 0n;
  for (const r of rows) {
    projects += r._count._all;
    totalInvestment += r._sum.totalInvestment ?? 0n;
    need += r._sum.financingNeed ?? 0n;
    secured += r._sum.securedAmount ?? 0n;
    gap += r._sum.gapAmount ?? 0n;
  }
  return { key, label, projects, totalInvestment, need, secured, gap };
}

/**
 * The condition for the cockpit's projects: the project list's condition for the same filters
 * with status IN_LIBRARY, so a drill-down to the list shows exactly the projects counted here.
 */
export async function cockpitWhere(actor: Actor, query: CockpitQuery) {
  return listWhere(actor, { ...query, status: "IN_LIBRARY" }, "dashboard.read");
}

/** The list URL's query for the cockpit's filters (plus a narrower one from a chart element). */
export function drillQuery(query: CockpitQuery, extra: Record<string, string | number | undefined> = {}): Record<string, string> {
  const all: Record<string, string | number | undefined> = { status: "IN_LIBRARY", year: query.year, regionId: query.regionId, family: query.family, categoryId: query.categoryId, ...extra };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)]));
}

/** The headline figures (KPI cards) for a condition on projects: three grouped queries. */
async function kpiFigures(where: object) {
  const onRecords = { project: where };
  const [totals, financers, pushers] = await Promise.all([
    db.project.aggregate({ where, _count: { _all: true }, _sum: { ...SUMS, co2ReductionT: true } }),
    db.financingRecord.groupBy({ by: ["institutionId"], where: onRecords }),
    db.push.groupBy({ by: ["institutionId"], where: onRecords }),
  ]);
  const need = totals._sum.financingNeed ?? 0n;
  const secured = totals._sum.securedAmount ?? 0n;
  return {
    projectsInLibrary: totals._count._all,
    totalInvestment: totals._sum.totalInvestment ?? 0n,
    need,
    secured,
    gap: totals._sum.gapAmount ?? gapOf(need, secured),
    fundingRateBp: fundingRateBp(secured, need),
    co2ReductionT: totals._sum.co2ReductionT ?? 0,
    institutionsEngaged: new Set([...financers, ...pushers].map((r) => r.institutionId)).size,
  };
}

/** Only the KPI cards, for callers that need no charts. */
export async function cockpitKpis(actor: Actor, input: unknown) {
  authorize(actor, "dashboard.read");
  return kpiFigures(await cockpitWhere(actor, parseInput(cockpitQuery, input ?? {})));
}

export async function cockpitSummary(actor: Actor, input: unknown, now: Date = new Date()) {
  authorize(actor, "dashboard.read");
  const query = parseInput(cockpitQuery, input ?? {});
  const where = await cockpitWhere(actor, query);
  // Declared projects are not in the library yet: the same filters without the status and the
  // in-library year (the year then means the year they were submitted).
  const declaredWhere = await listWhere(actor, { ...query, year: undefined }, "dashboard.read");
  const regionIds = query.regionId
    ? [query.regionId, ...(await db.region.findMany({ where: { parentId: query.regionId }, select: { id: true } })).map((r) => r.id)]
    : undefined;
  const adbWhere = regionIds ? { regionId: { in: regionIds } } : {};
  const yearRange = query.year ? chinaYearRange(query.year) : undefined;

  const [groups, categories, regions, rec, declared, adbTotals, milestones, overdueMilestones, topGaps] = await Promise.all([
    // One scan for the totals and the three breakdowns: at most categories × regions × stages rows.
    db.project.groupBy({ by: ["categoryId", "regionId", "stage"], where, _count: { _all: true }, _sum: { ...SUMS, co2ReductionT: true } }),
    db.category.findMany({ orderBy: { sortKey: "asc" } }),
    db.region.findMany({ orderBy: [{ sortKey: "asc" }, { id: "asc" }], select: { id: true, name: true, parentId: true, level: true } }),
    recordFigures(actor, query, now),
    db.project.count({
      where: { AND: [declaredWhere, { OR: [{ reviewStatus: { not: "DRAFT" } }, { submittedAt: { not: null } }] }, yearRange ? { submittedAt: yearRange } : {}] },
    }),
    db.adbSubProject.aggregate({ where: adbWhere, _count: { _all: true }, _sum: { adbAllocation: true } }),
    db.adbMilestone.groupBy({ by: ["kind"], where: { subProject: adbWhere, actualDate: { not: null } }, _count: { _all: true } }),
    db.adbMilestone.groupBy({ by: ["kind"], where: { subProject: adbWhere, actualDate: null, plannedDate: { lt: now } }, _count: { _all: true } }),
    db.project.findMany({
      where: { AND: [where, { gapAmount: { gt: 0n } }] }, orderBy: [{ gapAmount: "desc" }, { id: "asc" }], take: 10,
      select: { id: true, code: true, name: true, financingNeed: true, securedAmount: true, gapAmount: true, region: { select: { name: true } }, category: { select: { name: true } } },
    }),
  ]);
  const [overdueItems, problemItems] = await Promise.all([
    db.push.findMany({
      where: { id: { in: rec.overduePushIds } }, orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: { id: true, projectId: true, dueAt: true, project: { select: { name: true } }, institution: { select: { name: true } } },
    }),
    db.problem.findMany({
      where: { id: { in: rec.openProblemIds } }, orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: { id: true, projectId: true, description: true, department: true, dueDate: true, project: { select: { name: true } } },
    }),
  ]);

  const all = figuresOf("all", "", groups);
  // Parks are counted in the district they lie in, as the list's district filter does.
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const districtOf = (id: number) => {
    const r = regionById.get(id);
    return r?.level === "PARK" && r.parentId !== null ? r.parentId : id;
  };
  const districts = [...new Set(groups.map((g) => districtOf(g.regionId)))];
  const doneBy = new Map(milestones.map((r) => [r.kind, r._count._all]));
  const lateBy = new Map(overdueMilestones.map((r) => [r.kind, r._count._all]));
  const funnelCounts = [declared, all.projects, rec.pushed, rec.interested, rec.approved, rec.disbursed];
  const desc = (a: bigint, b: bigint) => (b > a ? 1 : b < a ? -1 : 0);

  return {
    filters: { year: query.year ?? null, regionId: query.regionId ?? null, family: query.family ?? null, categoryId: query.categoryId ?? null },
    kpis: {
      projectsInLibrary: all.projects,
      totalInvestment: all.totalInvestment,
      need: all.need,
      secured: all.secured,
      gap: all.gap,
      fundingRateBp: fundingRateBp(all.secured, all.need),
      co2ReductionT: groups.reduce((s, g) => s + (g._sum.co2ReductionT ?? 0), 0),
      institutionsEngaged: rec.institutionsEngaged,
    },
    byCategory: categories
      .filter((c) => (query.categoryId ? c.id === query.categoryId : !query.family || c.family === query.family))
      .map((c) => ({ ...figuresOf(String(c.id), c.name, groups.filter((g) => g.categoryId === c.id)), family: c.family })),
    byDistrict: districts
      .map((id) => figuresOf(String(id), regionById.get(id)?.name ?? String(id), groups.filter((g) => districtOf(g.regionId) === id)))
      .sort((a, b) => desc(a.need, b.need)),
    byStage: (["PREPARATION", "CONSTRUCTION", "OPERATING"] as const).map((st) => figuresOf(st, m.stage[st], groups.filter((g) => g.stage === st))),
    byInstrument: rec.byInstrument
      .map((r) => ({ ...r, label: m.instrument[r.instrument as keyof typeof m.instrument] ?? r.instrument }))
      .sort((a, b) => desc(a.amount, b.amount)),
    monthly: monthlySeries(rec.byDate.map((r) => ({ month: chinaMonth(r.date), amount: r.amount, count: r.records })))
      .map((r) => ({ month: r.month, records: r.count, amount: r.amount })),
    funnel: FUNNEL_STEPS.map((step, i) => ({ step, label: m.cockpit.funnel[step], projects: funnelCounts[i] })),
    green: rec.green,
    adb: {
      subProjects: adbTotals._count._all,
      allocation: adbTotals._sum.adbAllocation ?? 0n,
      milestones: MILESTONE_SEQUENCE.map((kind) => ({ kind, label: MILESTONE_SHORT_LABELS[kind], completed: doneBy.get(kind) ?? 0, overdue: lateBy.get(kind) ?? 0 })),
    },
    topGaps: topGaps.map((p) => ({
      id: p.id, code: p.code, name: p.name, district: p.region.name, category: p.category.name,
      need: p.financingNeed, secured: p.securedAmount, gap: p.gapAmount,
    })),
    overduePushes: {
      count: rec.overduePushes,
      items: overdueItems.map((p) => ({ id: p.id, projectId: p.projectId, project: p.project.name, institution: p.institution.name, dueAt: p.dueAt })),
    },
    openProblems: {
      count: rec.openProblems,
      items: problemItems.map((p) => ({
        id: p.id, projectId: p.projectId, project: p.project.name, description: p.description, department: p.department, dueDate: p.dueDate, overdue: p.dueDate < now,
      })),
    },
  };
}
export type CockpitSummary = Awaited<ReturnType<typeof cockpitSummary>>;

/** The years the year filter offers: from the first project that entered the library to this year. */
export async function cockpitYears(actor: Actor, now: Date = new Date()): Promise<number[]> {
  authorize(actor, "dashboard.read");
  const first = await db.project.aggregate({ where: { reviewStatus: "IN_LIBRARY" }, _min: { inLibraryAt: true } });
  const last = Number(chinaMonth(now).slice(0, 4));
  const from = first._min.inLibraryAt ? Number(chinaMonth(first._min.inLibraryAt).slice(0, 4)) : last;
  return Array.from({ length: last - from + 1 }, (_, i) => last - i);
}
