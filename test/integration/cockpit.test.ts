import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { chinaMonth, chinaYearRange } from "@/lib/domain/cockpit/definitions";
import { GREEN_INSTRUMENTS } from "@/lib/domain/instruments";
import { ForbiddenError } from "@/lib/errors";
import { getDashboardExport, getDashboardSummary } from "@/lib/http/endpoints/cockpit";
import { loadActor } from "@/lib/services/auth";
import { cockpitSummary } from "@/lib/services/cockpit/summary";
import { deleteFinancingRecord } from "@/lib/services/financing/records";
import { listProjects } from "@/lib/services/projects/list";
import { transitionProject } from "@/lib/services/projects/transitions";
import { createProject, updateProject } from "@/lib/services/projects/write";
import { answerPush, createPushes } from "@/lib/services/push-workflow";
import { actorOf, apiRequest, removeProjects, sessionCookie } from "../support/actors";
import { readSheet } from "../support/xlsx";

const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);

type Filter = { year?: number; regionId?: number; family?: "MITIGATION" | "ADAPTATION"; categoryId?: number };

/**
 * The cockpit's figures recomputed from the raw rows, without the service's grouped queries and
 * without the caches on the project and record rows. `inRegions`: the actor's region scope.
 */
async function independent(filter: Filter, inRegions?: Set<number>) {
  const [projects, regions, categories, records, pushes, problems] = await Promise.all([
    db.project.findMany({ include: { financingRecords: true } }),
    db.region.findMany(), db.category.findMany(), db.financingRecord.findMany(), db.push.findMany(), db.problem.findMany(),
  ]);
  const regionOk = (id: number) => (!inRegions || inRegions.has(id))
    && (!filter.regionId || id === filter.regionId || regions.find((r) => r.id === id)?.parentId === filter.regionId);
  const catOk = (id: number) => (filter.categoryId ? id === filter.categoryId : !filter.family || categories.find((c) => c.id === id)?.family === filter.family);
  const range = filter.year ? chinaYearRange(filter.year) : null;
  const inYear = (d: Date | null) => !range || (d !== null && d >= range.gte && d < range.lt);
  const chosen = projects.filter((p) => p.reviewStatus === "IN_LIBRARY" && regionOk(p.regionId) && catOk(p.categoryId) && inYear(p.inLibraryAt));
  const ids = new Set(chosen.map((p) => p.id));
  // Secured recomputed from the records, not from the cached column.
  const secured = sum(chosen.map((p) => sum(p.financingRecords.map((r) => r.amount))));
  const need = sum(chosen.map((p) => p.financingNeed));
  const gap = sum(chosen.map((p) => { const s = sum(p.financingRecords.map((r) => r.amount)); return p.financingNeed > s ? p.financingNeed - s : 0n; }));
  const recs = records.filter((r) => ids.has(r.projectId));
  const months = new Map<string, bigint>();
  for (const r of recs) months.set(chinaMonth(r.date), (months.get(chinaMonth(r.date)) ?? 0n) + r.amount);
  const byInstrument = new Map<string, { records: number; projects: number; amount: bigint }>();
  for (const i of new Set(recs.map((r) => r.instrument))) {
    const of = recs.filter((r) => r.instrument === i);
    byInstrument.set(i, { records: of.length, projects: new Set(of.map((r) => r.projectId)).size, amount: sum(of.map((r) => r.amount)) });
  }
  const green = recs.filter((r) => (GREEN_INSTRUMENTS as readonly string[]).includes(r.instrument));
  // A step of the funnel: the chosen projects with a push whose answer is one of these.
  const reached = (answers: string[]) => new Set(pushes.filter((x) => ids.has(x.projectId) && answers.includes(x.status)).map((x) => x.projectId)).size;
  const declared = projects.filter((p) => (p.reviewStatus !== "DRAFT" || p.submittedAt !== null) && regionOk(p.regionId) && catOk(p.categoryId)
    && (!range || inYear(p.submittedAt) || (p.reviewStatus === "IN_LIBRARY" && inYear(p.inLibraryAt)))).length;
  return {
    projects: chosen.length, totalInvestment: sum(chosen.map((p) => p.totalInvestment)), need, secured, gap,
    co2: chosen.reduce((s, p) => s + (p.co2ReductionT ?? 0), 0),
    institutions: new Set([...recs, ...pushes.filter((p) => ids.has(p.projectId))].map((r) => r.institutionId)).size,
    months, byInstrument,
    green: { projects: new Set(green.map((r) => r.projectId)).size, amount: sum(green.map((r) => r.amount)) },
    openProblems: problems.filter((p) => p.status === "OPEN" && ids.has(p.projectId)).length,
    funnel: {
      declared, inLibrary: chosen.length,
      pushed: reached(["PENDING", "DECLINED", "INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED"]),
      interested: reached(["INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED"]),
      approved: reached(["APPROVED", "DISBURSED"]),
      disbursed: reached(["DISBURSED"]),
    },
    // What "approved" counted before it meant "through a push": any project with a financing record too.
    approvedOrFinanced: new Set([...pushes.filter((p) => ["APPROVED", "DISBURSED"].includes(p.status)), ...records].map((r) => r.projectId).filter((id) => ids.has(id))).size,
  };
}

/** Every figure of the summary against the independent computation, and the list's totals for the drill-down. */
async function expectSameFigures(actor: Actor, filter: Filter, inRegions?: Set<number>) {
  const c = await cockpitSummary(actor, filter);
  const x = await independent(filter, inRegions);
  const label = JSON.stringify(filter);
  expect(c.kpis.projectsInLibrary, label).toBe(x.projects);
  expect(c.kpis.totalInvestment, label).toBe(x.totalInvestment);
  expect(c.kpis.need, label).toBe(x.need);
  expect(c.kpis.secured, label).toBe(x.secured);
  expect(c.kpis.gap, label).toBe(x.gap);
  expect(c.kpis.co2ReductionT, label).toBeCloseTo(x.co2, 3);
  expect(c.kpis.institutionsEngaged, label).toBe(x.institutions);
  expect(c.green, label).toEqual(x.green);
  expect(c.openProblems.count, label).toBe(x.openProblems);
  const funnel = Object.fromEntries(c.funnel.map((f) => [f.step, f.projects]));
  expect(funnel, label).toEqual(x.funnel);
  // Each step is a subset of the one before: the bars never grow.
  for (let i = 1; i < c.funnel.length; i++) expect(c.funnel[i].projects, `${label} ${c.funnel[i].step}`).toBeLessThanOrEqual(c.funnel[i - 1].projects);
  expect(new Map(c.byInstrument.map((r) => [r.instrument, { records: r.records, projects: r.projects, amount: r.amount }])), label).toEqual(x.byInstrument);
  expect(sum(c.monthly.map((r) => r.amount)), label).toBe(x.secured);
  for (const r of c.monthly) expect(r.amount, `${label} ${r.month}`).toBe(x.months.get(r.month) ?? 0n);
  for (const groups of [c.byCategory, c.byDistrict, c.byStage]) {
    expect(groups.reduce((s, g) => s + g.projects, 0), label).toBe(x.projects);
    expect(sum(groups.map((g) => g.gap)), label).toBe(x.gap);
    expect(sum(groups.map((g) => g.secured)), label).toBe(x.secured);
  }
  const list = await listProjects(actor, { ...filter, status: "IN_LIBRARY" });
  expect(list.total, label).toBe(c.kpis.projectsInLibrary);
  expect(list.sums, label).toEqual({ totalInvestment: c.kpis.totalInvestment, financingNeed: c.kpis.need, securedAmount: c.kpis.secured, gapAmount: c.kpis.gap });
  return { c, x };
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
      const { x } = await expectSameFigures(leader, filter);
      if (!Object.keys(filter).length) {
        // The demo library has financing that came without a push (the ADB loan, fiscal money,
        // bonds): the funnel leaves it out, so "approved" never exceeds "interested".
        expect(x.approvedOrFinanced).toBeGreaterThan(x.funnel.approved);
        expect(x.funnel.pushed).toBeGreaterThan(0);
      }
    }
  });

  it("a district officer's cockpit counts that district only, with the same definitions", async () => {
    const county = await db.region.findUniqueOrThrow({ where: { code: "430321" } });
    const leader = await db.user.findUniqueOrThrow({ where: { username: "leader" } });
    const user = await db.user.create({
      data: { username: `county-leader-${Date.now()}`, displayName: "湘潭县领导", role: "LEADER", passwordHash: leader.passwordHash, regionId: county.id },
    });
    try {
      const actor = (await loadActor(user.id))!;
      const inCounty = new Set([county.id, ...(await db.region.findMany({ where: { parentId: county.id }, select: { id: true } })).map((r) => r.id)]);
      const { c } = await expectSameFigures(actor, {}, inCounty);
      expect(c.kpis.projectsInLibrary).toBeGreaterThan(0);
      expect(c.kpis.projectsInLibrary).toBeLessThan(86);
    } finally {
      await db.user.delete({ where: { id: user.id } });
    }
  });

  it("follow pushes, answers, a move to another district and leaving the library, as the services write them", async () => {
    const [staff, admin, bank1, leader] = [await actorOf("staff"), await actorOf("admin"), await actorOf("bank1"), await actorOf("leader")];
    const [from, to] = await db.region.findMany({ where: { level: "DISTRICT" }, orderBy: { id: "asc" }, take: 2 });
    const category = await db.category.findFirstOrThrow({ orderBy: { sortKey: "asc" } });
    const owner = await actorOf("owner");
    const { id } = await createProject(staff, {
      name: "驾驶舱漏斗测试项目", regionId: String(from.id), categoryId: String(category.id), ownerOrgId: String(owner.organizationId), totalInvestment: "20000", stage: "CONSTRUCTION",
    });
    const pushIds: number[] = [];
    try {
      const steps = async () => Object.fromEntries((await cockpitSummary(leader, {})).funnel.map((f) => [f.step, f.projects]));
      const before = await steps();
      let version = 1;
      for (const transition of ["submit", "approve"] as const) version = (await transitionProject(staff, id, { transition, version })).version;
      const inLibrary = { ...before, declared: before.declared + 1, inLibrary: before.inLibrary + 1 };
      expect(await steps()).toEqual(inLibrary);
      pushIds.push(...(await createPushes(staff, { projectId: id, institutionIds: [bank1.organizationId] })).ids);
      expect(await steps()).toEqual({ ...inLibrary, pushed: before.pushed + 1 });
      await answerPush(bank1, pushIds[0], { status: "INTERESTED" });
      expect(await steps()).toEqual({ ...inLibrary, pushed: before.pushed + 1, interested: before.interested + 1 });
      await answerPush(bank1, pushIds[0], { status: "APPROVED", amount: "3000" });
      expect(await steps()).toEqual({ ...inLibrary, pushed: before.pushed + 1, interested: before.interested + 1, approved: before.approved + 1 });
      await answerPush(bank1, pushIds[0], { status: "DISBURSED", amount: "3000", date: "2025-06-30" });
      await expectSameFigures(leader, {});
      // Its financing moves with it to the other district, and leaves the cockpit with it.
      await expectSameFigures(leader, { regionId: from.id });
      version = (await updateProject(staff, id, { regionId: String(to.id), version })).version;
      for (const regionId of [from.id, to.id]) await expectSameFigures(leader, { regionId });
      await transitionProject(admin, id, { transition: "archive", comment: "测试出库", version });
      const { c } = await expectSameFigures(leader, {});
      expect(c.funnel.find((f) => f.step === "disbursed")!.projects).toBe(before.disbursed);
      await expectSameFigures(leader, { regionId: to.id });
    } finally {
      for (const r of await db.financingRecord.findMany({ where: { projectId: id } })) {
        await deleteFinancingRecord(admin, r.id, { version: r.version, reason: "测试数据清理" });
      }
      await db.pushResponse.deleteMany({ where: { pushId: { in: pushIds } } });
      await db.push.deleteMany({ where: { id: { in: pushIds } } });
      await removeProjects([id]);
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
