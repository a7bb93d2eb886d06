// Every figure of the leaders' cockpit, for the page and GET /api/v1/dashboard/summary.
// All sums and counts are grouped queries in the database (./sql.ts), run at once: rows never come
// into JavaScript one per project. Definitions (year, funnel, overdue) are in
// lib/domain/cockpit/definitions.ts.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, listScope } from "@/lib/auth/policy";
import { chinaMonth, chinaYearRange, FUNNEL_STEPS, monthlySeries } from "@/lib/domain/cockpit/definitions";
import { fundingRateBp } from "@/lib/domain/funding";
import { GREEN_INSTRUMENTS, instrumentsOf } from "@/lib/domain/instruments";
import { MILESTONE_SEQUENCE, MILESTONE_SHORT_LABELS } from "@/lib/domain/adb/milestones";
import type { Yuan } from "@/lib/domain/money";
import { ForbiddenError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { cockpitQuery, type CockpitQuery } from "@/lib/validation/cockpit";
import { parseInput } from "@/lib/validation/parse";
import { regionScopeIds } from "../scope";
import * as sql from "./sql";

export interface GroupFigures {
  key: string;
  label: string;
  projects: number;
  totalInvestment: Yuan;
  need: Yuan;
  secured: Yuan;
  gap: Yuan;
}

function figuresOf(key: string, label: string, rows: readonly sql.Sums[]): GroupFigures {
  const { projects, totalInvestment, need, secured, gap } = sql.addUp(rows);
  return { key, label, projects, totalInvestment, need, secured, gap };
}

/** The list URL's query for the cockpit's filters (plus a narrower one from a chart element). */
export function drillQuery(query: CockpitQuery, extra: Record<string, string | number | undefined> = {}): Record<string, string> {
  const all: Record<string, string | number | undefined> = { status: "IN_LIBRARY", year: query.year, regionId: query.regionId, family: query.family, categoryId: query.categoryId, ...extra };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)]));
}

type Category = Awaited<ReturnType<typeof referenceData>>[0][number];
type Region = Awaited<ReturnType<typeof referenceData>>[1][number];

function referenceData() {
  return Promise.all([
    db.category.findMany({ orderBy: { sortKey: "asc" }, select: { id: true, name: true, family: true } }),
    db.region.findMany({ orderBy: [{ sortKey: "asc" }, { id: "asc" }], select: { id: true, name: true, parentId: true, level: true } }),
  ]);
}

/**
 * The cockpit's filters as id lists, read off the reference data at hand. They mean what the
 * project list's filters mean (listWhere): a district with its parks, a family as its categories
 * (a category filter wins over a family), the actor's region scope.
 */
function scopeOf(actor: Actor, query: CockpitQuery, categories: readonly Category[], regions: readonly Region[]): sql.CockpitScope {
  return {
    actorRegions: regionScopeIds(actor.regionId, regions),
    filterRegions: query.regionId ? [query.regionId, ...regions.filter((r) => r.parentId === query.regionId).map((r) => r.id)] : null,
    categoryIds: query.categoryId ? [query.categoryId] : query.family ? categories.filter((c) => c.family === query.family).map((c) => c.id) : null,
    year: query.year ? chinaYearRange(query.year) : null,
  };
}

async function scopeFor(actor: Actor, input: unknown) {
  // The cockpit adds up whole regions: a role that sees only its own organization's or its
  // institution's projects has no cockpit.
  if (listScope(actor, "dashboard.read").kind !== "all") throw new ForbiddenError();
  const query = parseInput(cockpitQuery, input ?? {});
  const [categories, regions] = await referenceData();
  return { query, categories, regions, scope: scopeOf(actor, query, categories, regions) };
}

/** Only the KPI cards, for callers that need no charts. */
export async function cockpitKpis(actor: Actor, input: unknown) {
  const { scope } = await scopeFor(actor, input);
  const [t, institutions] = await Promise.all([sql.totals(scope), sql.institutionsEngaged(scope)]);
  return {
    projectsInLibrary: t.projects, totalInvestment: t.totalInvestment, need: t.need, secured: t.secured, gap: t.gap,
    fundingRateBp: fundingRateBp(t.secured, t.need), co2ReductionT: t.co2ReductionT, institutionsEngaged: institutions,
  };
}

export async function cockpitSummary(actor: Actor, input: unknown, now: Date = new Date()) {
  const { query, categories, regions, scope } = await scopeFor(actor, input);
  const [groups, pushed, financed, declared, records, institutions, overdue, problems, gaps, adb] = await Promise.all([
    sql.projectGroups(scope),
    sql.pushFunnel(scope),
    sql.financedSets(scope),
    sql.declaredCount(scope),
    sql.recordsByInstrumentAndMonth(scope),
    sql.institutionsEngaged(scope),
    sql.overduePushes(scope, now),
    sql.openProblems(scope),
    sql.topGaps(scope),
    sql.adbProgress(scope.filterRegions, now),
  ]);

  const all = sql.addUp(groups);
  // Parks are counted in the district they lie in, as the list's district filter does.
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const districtOf = (id: number) => {
    const r = regionById.get(id);
    return r?.level === "PARK" && r.parentId !== null ? r.parentId : id;
  };
  const districts = [...new Set(groups.map((g) => districtOf(g.regionId)))];
  const funnelCounts = { declared, inLibrary: all.projects, ...pushed };
  const desc = (a: bigint, b: bigint) => (b > a ? 1 : b < a ? -1 : 0);

  const byInstrument = new Map<string, { records: number; projects: number; amount: bigint }>();
  const instrument = (key: string) => byInstrument.get(key) ?? byInstrument.set(key, { records: 0, projects: 0, amount: 0n }).get(key)!;
  for (const r of records) {
    const x = instrument(r.instrument);
    x.records += r.records;
    x.amount += r.amount;
  }
  const isGreen = (i: string) => (GREEN_INSTRUMENTS as readonly string[]).includes(i);
  let greenProjects = 0;
  for (const f of financed) {
    const held = instrumentsOf(f.set);
    for (const i of held) instrument(i).projects += f.projects;
    if (held.some(isGreen)) greenProjects += f.projects;
  }

  return {
    filters: { year: query.year ?? null, regionId: query.regionId ?? null, family: query.family ?? null, categoryId: query.categoryId ?? null },
    kpis: {
      projectsInLibrary: all.projects,
      totalInvestment: all.totalInvestment,
      need: all.need,
      secured: all.secured,
      gap: all.gap,
      fundingRateBp: fundingRateBp(all.secured, all.need),
      co2ReductionT: all.co2ReductionT,
      institutionsEngaged: institutions,
    },
    byCategory: categories
      .filter((c) => (query.categoryId ? c.id === query.categoryId : !query.family || c.family === query.family))
      .map((c) => ({ ...figuresOf(String(c.id), c.name, groups.filter((g) => g.categoryId === c.id)), family: c.family })),
    byDistrict: districts
      .map((id) => figuresOf(String(id), regionById.get(id)?.name ?? String(id), groups.filter((g) => districtOf(g.regionId) === id)))
      .sort((a, b) => desc(a.need, b.need)),
    byStage: (["PREPARATION", "CONSTRUCTION", "OPERATING"] as const).map((st) => figuresOf(st, m.stage[st], groups.filter((g) => g.stage === st))),
    byInstrument: [...byInstrument]
      .map(([key, r]) => ({ instrument: key, ...r, label: m.instrument[key as keyof typeof m.instrument] ?? key }))
      .sort((a, b) => desc(a.amount, b.amount)),
    monthly: monthlySeries(records.map((r) => ({ month: r.month, amount: r.amount, count: r.records })))
      .map((r) => ({ month: r.month, records: r.count, amount: r.amount })),
    funnel: FUNNEL_STEPS.map((step) => ({ step, label: m.cockpit.funnel[step], projects: funnelCounts[step] })),
    green: { projects: greenProjects, amount: records.filter((r) => isGreen(r.instrument)).reduce((s, r) => s + r.amount, 0n) },
    adb: {
      subProjects: adb.subProjects,
      allocation: adb.allocation,
      milestones: MILESTONE_SEQUENCE.map((kind) => ({ kind, label: MILESTONE_SHORT_LABELS[kind], completed: adb.milestones.get(kind)?.completed ?? 0, overdue: adb.milestones.get(kind)?.overdue ?? 0 })),
    },
    topGaps: gaps,
    overduePushes: overdue,
    openProblems: { count: problems.count, items: problems.items.map((p) => ({ ...p, overdue: p.dueDate < now })) },
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
