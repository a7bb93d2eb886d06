import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { chinaMonth, chinaYearRange } from "@/lib/domain/cockpit/definitions";
import { GREEN_INSTRUMENTS } from "@/lib/domain/instruments";
import { ForbiddenError } from "@/lib/errors";
import { getDashboardExport, getDashboardSummary } from "@/lib/http/endpoints/cockpit";
import { cockpitSummary } from "@/lib/services/cockpit/summary";
import { listProjects } from "@/lib/services/projects/list";
import { actorOf, apiRequest, sessionCookie } from "../support/actors";
import { readSheet } from "../support/xlsx";

const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);

/** The cockpit's figures recomputed from the raw rows, without the service's grouped queries. */
async function independent(filter: { year?: number; regionId?: number; family?: "MITIGATION" | "ADAPTATION"; categoryId?: number }) {
  const [projects, regions, categories, records, pushes, problems] = await Promise.all([
    db.project.findMany({ include: { financingRecords: true } }),
    db.region.findMany(), db.category.findMany(), db.financingRecord.findMany(), db.push.findMany(), db.problem.findMany(),
  ]);
  const regionOk = (id: number) => !filter.regionId || id === filter.regionId || regions.find((r) => r.id === id)?.parentId === filter.regionId;
  const catOk = (id: number) => (filter.categoryId ? id === filter.categoryId : !filter.family || categories.find((c) => c.id === id)?.family === filter.family);
  const range = filter.year ? chinaYearRange(filter.year) : null;
  const chosen = projects.filter((p) => p.reviewStatus === "IN_LIBRARY" && regionOk(p.regionId) && catOk(p.categoryId)
    && (!range || (p.inLibraryAt !== null && p.inLibraryAt >= range.gte && p.inLibraryAt < range.lt)));
  const ids = new Set(chosen.map((p) => p.id));
  // Secured recomputed from the records, not from the cached column.
  const secured = sum(chosen.map((p) => sum(p.financingRecords.map((r) => r.amount))));
  const need = sum(chosen.map((p) => p.financingNeed));
  const gap = sum(chosen.map((p) => { const s = sum(p.financingRecords.map((r) => r.amount)); return p.financingNeed > s ? p.financingNeed - s : 0n; }));
  const recs = records.filter((r) => ids.has(r.projectId));
  const months = new Map<string, bigint>();
  for (const r of recs) months.set(chinaMonth(r.date), (months.get(chinaMonth(r.date)) ?? 0n) + r.amount);
  const green = recs.filter((r) => (GREEN_INSTRUMENTS as readonly string[]).includes(r.instrument));
  return {
    projects: chosen.length, totalInvestment: sum(chosen.map((p) => p.totalInvestment)), need, secured, gap,
    co2: chosen.reduce((s, p) => s + (p.co2ReductionT ?? 0), 0),
    institutions: new Set([...recs, ...pushes.filter((p) => ids.has(p.projectId))].map((r) => r.institutionId)).size,
    months, byInstrument: recs.reduce((m, r) => m.set(r.instrument, (m.get(r.instrument) ?? 0n) + r.amount), new Map<string, bigint>()),
    green: { projects: new Set(green.map((r) => r.projectId)).size, amount: sum(green.map((r) => r.amount)) },
    openProblems: problems.filter((p) => p.status === "OPEN" && ids.has(p.projectId)).length,
    funnel: {
      pushed: new Set(pushes.filter((p) => ids.has(p.projectId)).map((p) => p.projectId)).size,
      interested: new Set(pushes.filter((p) => ids.has(p.projectId) && ["INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED"].includes(p.status)).map((p) => p.projectId)).size,
      approved: new Set([...pushes.filter((p) => ["APPROVED", "DISBURSED"].includes(p.status)), ...records].map((r) => r.projectId).filter((id) => ids.has(id))).size,
      disbursed: new Set([...pushes, ...records].filter((r) => r.status === "DISBURSED").map((r) => r.projectId).filter((id) => ids.has(id))).size,
    },
  };
}

describe("leaders' cockpit figures", () => {
  it("show the pilot city's demo aggregates", async () => {
    const c = await cockpitSummary(await actorOf("leader"), {});
    expect(c.kpis.projectsInLibrary).toBe(86);
    expect(c.adb.subProjects).toBe(16);
    expect(c.adb.allocation).toBe(1_046_570_000n);
    expect(c.green).toEqual({ projects: 9, amount: 2_200_000_000n });
    expect(c.funnel.find((f) => f.step === "inLibrary")!.projects).toBe(86);
    expect(c.funnel[0].projects).toBeGreaterThanOrEqual(86);
  });

  it("equal sums computed independently from the records, and the list's totals, for several filters", async () => {
    const leader = await actorOf("leader");
    const district = await db.region.findFirstOrThrow({ where: { level: "DISTRICT", projects: { some: { reviewStatus: "IN_LIBRARY" } } }, orderBy: { id: "asc" } });
    const category = await db.category.findFirstOrThrow({ where: { projects: { some: { reviewStatus: "IN_LIBRARY" } } }, orderBy: { sortKey: "desc" } });
    const someYear = (await db.project.findFirstOrThrow({ where: { reviewStatus: "IN_LIBRARY", inLibraryAt: { not: null } }, orderBy: { id: "asc" } })).inLibraryAt!;
    const year = Number(chinaMonth(someYear).slice(0, 4));
    const filters = [{}, { regionId: district.id }, { family: "ADAPTATION" as const }, { categoryId: category.id }, { year }, { year, family: "MITIGATION" as const, regionId: district.id }];
    for (const filter of filters) {
      const c = await cockpitSummary(leader, filter);
      const x = await independent(filter);
      expect(c.kpis.projectsInLibrary, JSON.stringify(filter)).toBe(x.projects);
      expect(c.kpis.totalInvestment).toBe(x.totalInvestment);
      expect(c.kpis.need).toBe(x.need);
      expect(c.kpis.secured).toBe(x.secured);
      expect(c.kpis.gap).toBe(x.gap);
      expect(c.kpis.co2ReductionT).toBeCloseTo(x.co2, 3);
      expect(c.kpis.institutionsEngaged).toBe(x.institutions);
      expect(c.green).toEqual(x.green);
      expect(c.openProblems.count).toBe(x.openProblems);
      const funnel = Object.fromEntries(c.funnel.map((f) => [f.step, f.projects]));
      expect({ pushed: funnel.pushed, interested: funnel.interested, approved: funnel.approved, disbursed: funnel.disbursed }).toEqual(x.funnel);
      expect(funnel.inLibrary).toBe(x.projects);
      expect(new Map(c.byInstrument.map((r) => [r.instrument, r.amount]))).toEqual(x.byInstrument);
      expect(sum(c.monthly.map((r) => r.amount))).toBe(x.secured);
      for (const r of c.monthly) expect(r.amount).toBe(x.months.get(r.month) ?? 0n);
      for (const groups of [c.byCategory, c.byDistrict, c.byStage]) {
        expect(groups.reduce((s, g) => s + g.projects, 0)).toBe(x.projects);
        expect(sum(groups.map((g) => g.gap))).toBe(x.gap);
        expect(sum(groups.map((g) => g.secured))).toBe(x.secured);
      }
      const list = await listProjects(leader, { ...filter, status: "IN_LIBRARY" });
      expect(list.total).toBe(c.kpis.projectsInLibrary);
      expect(list.sums).toEqual({ totalInvestment: c.kpis.totalInvestment, financingNeed: c.kpis.need, securedAmount: c.kpis.secured, gapAmount: c.kpis.gap });
    }
  });

  it("drill down: each category bar's figures equal the list filtered to that category", async () => {
    const leader = await actorOf("leader");
    const c = await cockpitSummary(leader, {});
    for (const g of c.byCategory.slice(0, 3)) {
      const list = await listProjects(leader, { status: "IN_LIBRARY", categoryId: g.key });
      expect(list.total).toBe(g.projects);
      expect(list.sums.gapAmount).toBe(g.gap);
    }
    const d = c.byDistrict[0];
    const list = await listProjects(leader, { status: "IN_LIBRARY", regionId: d.key });
    expect(list.sums.securedAmount).toBe(d.secured);
  });

  it("is served by GET /api/v1/dashboard/summary with the page's filters, for leaders and the bureau only", async () => {
    const res = await getDashboardSummary(apiRequest("/api/v1/dashboard/summary?family=MITIGATION", { cookie: await sessionCookie("leader") }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const body = await res.json();
    const direct = await cockpitSummary(await actorOf("leader"), { family: "MITIGATION" });
    expect(body.kpis.gap).toBe(direct.kpis.gap.toString());
    expect(body.byCategory.every((r: { family: string }) => r.family === "MITIGATION")).toBe(true);
    const bad = await getDashboardSummary(apiRequest("/api/v1/dashboard/summary?year=abc", { cookie: await sessionCookie("leader") }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
    await expect(cockpitSummary(await actorOf("bank1"), {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(cockpitSummary(await actorOf("owner"), {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("exports a chart's numbers as xlsx, in 万元, with the page's filters", async () => {
    const leader = await actorOf("leader");
    const res = await getDashboardExport(apiRequest("/api/v1/dashboard/export?chart=byCategory&family=ADAPTATION", { cookie: await sessionCookie("leader") }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("各类别已落实融资与缺口"));
    const rows = await readSheet(Buffer.from(await res.arrayBuffer()));
    const c = await cockpitSummary(leader, { family: "ADAPTATION" });
    expect(rows[0]).toEqual(["类别", "项目数", "总投资（万元）", "融资需求（万元）", "已落实（万元）", "缺口（万元）"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(c.byCategory.map((g) => g.label));
    const gapWan = rows.slice(1).reduce((s, r) => s + Number(r[5]), 0);
    expect(gapWan).toBeCloseTo(Number(c.kpis.gap) / 10_000, 2);
    const bad = await getDashboardExport(apiRequest("/api/v1/dashboard/export?chart=nope", { cookie: await sessionCookie("leader") }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
  });
});
