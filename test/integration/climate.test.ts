import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getClimatePortfolio, getFactors, postBenefitCalculate } from "@/lib/http/endpoints/climate";
import { projectBenefit, recomputeFactor, saveProjectBenefit, staleFactorUses } from "@/lib/services/climate/benefits";
import { createFactorVersion, listFactors } from "@/lib/services/climate/factors";
import { climatePortfolio } from "@/lib/services/climate/portfolio";
import { rematchAll, rematchProjects } from "@/lib/services/matching/recompute";
import { actorOf, apiRequest, sessionCookie } from "../support/actors";

const noParams = { params: Promise.resolve({}) };
const FIGS = ["co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT", "areaRestoredHa", "declaredCo2T"] as const;
const byCode = (code: string) => db.project.findUniqueOrThrow({ where: { code } });

/** Everything a recompute may touch, to compare and to put back exactly as seeded. */
async function snapshot() {
  const projects = await db.project.findMany({ orderBy: { id: "asc" } });
  const uses = await db.projectFactorUse.findMany();
  return { projects, uses };
}
async function restore(s: Awaited<ReturnType<typeof snapshot>>) {
  await db.projectFactorUse.deleteMany({});
  await db.projectFactorUse.createMany({ data: s.uses });
  for (const p of s.projects) {
    await db.project.update({
      where: { id: p.id },
      data: {
        ...Object.fromEntries(FIGS.map((k) => [k, p[k]])), version: p.version, benefitComputedAt: p.benefitComputedAt,
        benefitInputs: (p.benefitInputs ?? undefined) as object | undefined, benefitTrace: (p.benefitTrace ?? undefined) as object | undefined,
      },
    });
  }
  // Figures put back behind the services' backs: their matches follow them here.
  await rematchAll();
}

describe("the seeded figures are computed and traceable", () => {
  it("the wind–solar–storage project: 1,760 MWh → 633.07 tce, 1,712.21 tCO2 from the report's own conversions", async () => {
    const p = await byCode("XTQT-2025-012");
    expect(p).toMatchObject({ renewableMwh: 1760, energySavedTce: 633.07, co2ReductionT: 1712.21, declaredCo2T: 1712 });
    const b = await projectBenefit(await actorOf("staff"), p.id);
    expect(b.trace!.factors.map((f) => [f.key, f.value, f.version])).toEqual([["elec.coal_consumption", 0.3597, null], ["coal.co2_per_tce", 2.7046, null]]);
    expect(b.trace!.lines[0].steps.map((s) => s.expression)).toContain("折标准煤 633.072 tce × 标准煤二氧化碳排放系数 2.7046 tCO2/tce（覆盖值）");
    expect(await db.projectFactorUse.count({ where: { projectId: p.id } })).toBe(0);
  });

  it("a wind farm: 105,000 MWh × 0.5306 (grid.national v3) = 55,713 tCO2", async () => {
    const p = await byCode("XTQT-2024-010");
    expect(p.co2ReductionT).toBe(55713);
    const uses = await db.projectFactorUse.findMany({ where: { projectId: p.id }, include: { factor: true } });
    expect(uses.map((u) => `${u.factorKey}@${u.factor.version}`).sort()).toEqual(["elec.coal_consumption@1", "grid.national@3"]);
  });

  it("keeps every version of the national grid factor, the newest current", async () => {
    const all = (await listFactors(await actorOf("leader"), { all: true })).filter((f) => f.key === "grid.national");
    expect(all.map((f) => [f.version, f.value, f.current])).toEqual([[3, 0.5306, true], [2, 0.5366, false], [1, 0.5568, false]]);
    const current = await listFactors(await actorOf("bank1"));
    expect(current.filter((f) => f.key === "grid.national")).toHaveLength(1);
    expect(current.every((f) => f.source.length > 4)).toBe(true);
  });
});

describe("a factor update and the recompute", () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  let v3: number;
  beforeAll(async () => {
    before = await snapshot();
    v3 = (await db.emissionFactor.findFirstOrThrow({ where: { key: "grid.national", version: 3 } })).id;
  });
  afterAll(async () => {
    await restore(before);
    await db.emissionFactor.deleteMany({ where: { key: "grid.national", version: { gt: 3 } } });
    await db.emissionFactor.update({ where: { id: v3 }, data: { supersededAt: null } });
  });

  it("refuses staff and leaders; the admin's new version keeps the old one", async () => {
    const input = { key: "grid.national", value: "0.5", source: "测试：假定的新年度全国电网平均排放因子", year: 2024, validFrom: "2026-11-01" };
    await expect(createFactorVersion(await actorOf("staff"), input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recomputeFactor(await actorOf("leader"), "grid.national")).rejects.toBeInstanceOf(ForbiddenError);
    const early = await createFactorVersion(await actorOf("admin"), { ...input, validFrom: "2020-01-01" }).catch((e) => e);
    expect(early).toBeInstanceOf(ValidationError);
    expect(early.details.fields[0].path).toBe("validFrom");

    const v4 = await createFactorVersion(await actorOf("admin"), input, "10.0.0.9");
    expect(v4).toMatchObject({ key: "grid.national", version: 4, value: 0.5 });
    const rows = await db.emissionFactor.findMany({ where: { key: "grid.national" }, orderBy: { version: "asc" } });
    expect(rows.map((r) => [r.version, r.value, r.supersededAt === null])).toEqual([[1, 0.5568, false], [2, 0.5366, false], [3, 0.5306, false], [4, 0.5, true]]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "factor.version", entityId: String(v4.id) } });
    expect(entry).toMatchObject({ actorName: "admin", ip: "10.0.0.9" });
    expect(entry.before).toMatchObject({ version: 3, value: 0.5306 });
    // A second update from a page showing version 3 would have to go through the same row.
    expect((await staleFactorUses(await actorOf("staff"))).find((s) => s.key === "grid.national")!.projects).toBe(v4.affectedProjects);
  });

  it("recomputes exactly the projects that used the factor, and no others", async () => {
    // Which projects used the national grid factor, read from their stored traces, not from the uses table.
    const expected = before.projects
      .filter((p) => (p.benefitTrace as { factors?: { key: string; id: number | null }[] } | null)?.factors?.some((f) => f.key === "grid.national" && f.id !== null))
      .map((p) => p.code).sort();
    expect(expected.length).toBeGreaterThan(20);
    expect(expected).not.toContain("XTQT-2025-012"); // overridden conversions, no grid factor
    expect(expected).not.toContain("XTQT-2024-004"); // energy saving: tce × 2.66 only

    const summary = await recomputeFactor(await actorOf("admin"), "grid.national", "10.0.0.9");
    expect(summary.projects.map((r) => r.code).sort()).toEqual(expected);

    const after = await db.project.findMany({ orderBy: { id: "asc" } });
    const changed = after.filter((p, i) => p.version !== before.projects[i].version || FIGS.some((k) => p[k] !== before.projects[i][k])).map((p) => p.code).sort();
    expect(changed).toEqual(expected);

    // By hand: 105,000 MWh × 0.5 = 52,500 tCO2 (was × 0.5306 = 55,713).
    const wind = summary.projects.find((r) => r.code === "XTQT-2024-010")!;
    expect(wind.before.co2ReductionT).toBe(55713);
    expect(wind.after.co2ReductionT).toBe(52500);
    // 36,000 MWh × 0.5 + 8,600 tce × 2.66 = 18,000 + 22,876 = 40,876.
    expect((await byCode("XTQT-2025-002")).co2ReductionT).toBe(40876);
    expect(summary.totals.after.co2ReductionT!).toBeLessThan(summary.totals.before.co2ReductionT!);

    const windUses = await db.projectFactorUse.findMany({ where: { projectId: wind.id }, include: { factor: true } });
    expect(windUses.find((u) => u.factorKey === "grid.national")!.factor.version).toBe(4);
    const b = await projectBenefit(await actorOf("staff"), wind.id);
    expect(b.staleFactors).toEqual([]);
    expect(b.trace!.lines[0].steps.at(-1)!.expression).toContain("0.5 tCO2/MWh（第4版）");

    const log = await db.auditLog.findFirstOrThrow({ where: { action: "factor.recompute" }, orderBy: { id: "desc" } });
    expect((log.after as { projects: string[] }).projects.sort()).toEqual(expected);
    expect(await db.auditLog.count({ where: { action: "project.update", entity: "Project", entityId: String(wind.id), detail: { contains: "重新计算" } } })).toBe(1);

    // Nothing is left to recompute; a second run changes nothing.
    expect((await staleFactorUses(await actorOf("admin"))).find((s) => s.key === "grid.national")).toBeUndefined();
    expect((await recomputeFactor(await actorOf("admin"), "grid.national")).projects).toEqual([]);
  });
});

describe("the project benefit form", () => {
  it("computes and stores figures, factor uses and a history entry; refuses stale versions and other owners", async () => {
    const staff = await actorOf("staff");
    const p = await byCode("XTQT-2024-001");
    expect(p.benefitTrace).toBeNull();
    const saved = await saveProjectBenefit(staff, p.id, {
      version: p.version, declaredCo2T: "3200",
      lines: JSON.stringify([{ kind: "green_building", activity: { mwhSaved: "1000" } }, { kind: "energy_saving", activity: { tce: 500 } }]),
    });
    // 1,000 MWh × 0.5306 + 500 tce × 2.66 = 530.6 + 1,330 = 1,860.6 tCO2; 1,000 × 0.1229 + 500 = 622.9 tce.
    expect(saved).toMatchObject({ version: p.version + 1, figures: { co2ReductionT: 1860.6, energySavedTce: 622.9, renewableMwh: null } });
    const b = await projectBenefit(staff, p.id);
    expect(b).toMatchObject({ declaredCo2T: 3200, canEdit: true, figures: { co2ReductionT: 1860.6 } });
    expect(b.trace!.factors.map((f) => f.key)).toEqual(["elec.equivalent", "grid.national", "coal.co2_per_tce"]);
    expect(await db.projectFactorUse.count({ where: { projectId: p.id } })).toBe(3);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entity: "Project", entityId: String(p.id), action: "project.update" }, orderBy: { id: "desc" } });
    expect(entry.after).toMatchObject({ co2ReductionT: 1860.6, version: p.version + 1 });

    await expect(saveProjectBenefit(staff, p.id, { version: p.version, lines: [{ kind: "energy_saving", activity: { tce: 1 } }] })).rejects.toBeInstanceOf(ConflictError);
    const bad = await saveProjectBenefit(staff, p.id, { version: p.version + 1, lines: "[]" }).catch((e) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad.details.fields[0]).toMatchObject({ path: "lines", message: "请至少添加一项计算" });

    // citycon's owner account may read its in-library project but not change it; another owner's project is not found.
    const owner = await actorOf("owner");
    await expect(projectBenefit(owner, p.id)).resolves.toMatchObject({ canEdit: false });
    await expect(saveProjectBenefit(owner, p.id, { version: p.version + 1, lines: [{ kind: "energy_saving", activity: { tce: 1 } }] })).rejects.toBeInstanceOf(ForbiddenError);
    const steel = await byCode("XTQT-2024-004");
    await expect(projectBenefit(owner, steel.id)).rejects.toBeInstanceOf(NotFoundError);

    await db.projectFactorUse.deleteMany({ where: { projectId: p.id } });
    await db.project.update({ where: { id: p.id }, data: { co2ReductionT: p.co2ReductionT, energySavedTce: null, renewableMwh: null, carbonSinkT: null, benefitInputs: undefined, version: p.version } });
    await db.$executeRawUnsafe(`UPDATE "Project" SET "benefitInputs" = NULL, "benefitTrace" = NULL, "benefitComputedAt" = NULL WHERE "id" = ${p.id}`);
    await db.$transaction((tx) => rematchProjects(tx, [p.id]));
  });
});

describe("the API", () => {
  it("POST /api/v1/benefits/calculate answers any signed-in role with figures, formula and factors", async () => {
    const body = JSON.stringify({ type: "renewable", activity: { mwh: 1760, co2Basis: "coal" }, overrides: { "elec.coal_consumption": 0.3597, "coal.co2_per_tce": 2.7046 } });
    const res = await postBenefitCalculate(apiRequest("/api/v1/benefits/calculate", { method: "POST", body, cookie: await sessionCookie("bank1") }), noParams);
    expect(res.status).toBe(201);
    const r = await res.json();
    expect(Math.round(r.figures.energySavedTce)).toBe(633);
    expect(Math.round(r.figures.co2ReductionT)).toBe(1712);
    expect(r.lines[0].steps.map((s: { label: string }) => s.label)).toEqual(["折标准煤", "减排量"]);

    const bad = await postBenefitCalculate(apiRequest("/api/v1/benefits/calculate", { method: "POST", body: JSON.stringify({ type: "waste", activity: { ch4T: -5 } }), cookie: await sessionCookie("owner") }), noParams);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields[0]).toMatchObject({ path: "activity.ch4T", message: "避免甲烷排放量不能为负数" });
    expect((await postBenefitCalculate(apiRequest("/api/v1/benefits/calculate", { method: "POST", body }), noParams)).status).toBe(401);
  });

  it("GET /api/v1/factors lists current versions, and history with all=true", async () => {
    const cookie = await sessionCookie("owner");
    const current = await (await getFactors(apiRequest("/api/v1/factors", { cookie }), noParams)).json();
    const all = await (await getFactors(apiRequest("/api/v1/factors?all=true", { cookie }), noParams)).json();
    expect(current.find((f: { key: string }) => f.key === "grid.national")).toMatchObject({ version: 3, value: 0.5306, unit: "tCO2/MWh", current: true });
    expect(all.length - current.length).toBe(2);
  });

  it("GET /api/v1/climate/portfolio is for the bureau and leaders", async () => {
    expect((await getClimatePortfolio(apiRequest("/api/v1/climate/portfolio", { cookie: await sessionCookie("bank1") }), noParams)).status).toBe(403);
    const res = await getClimatePortfolio(apiRequest("/api/v1/climate/portfolio", { cookie: await sessionCookie("leader") }), noParams);
    expect(res.status).toBe(200);
    expect((await res.json()).totals.projects).toBe(86);
  });
});

describe("the portfolio", () => {
  it("equals sums computed independently from the project rows", async () => {
    const f = await climatePortfolio(await actorOf("staff"));
    const rows = await db.project.findMany({ where: { reviewStatus: "IN_LIBRARY" } });
    const sum = (xs: typeof rows, k: "co2ReductionT" | "energySavedTce" | "renewableMwh" | "carbonSinkT" | "beneficiaries" | "areaRestoredHa") => xs.reduce((s, p) => s + (p[k] ?? 0), 0);
    expect(f.totals.projects).toBe(86);
    for (const k of ["co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT", "beneficiaries", "areaRestoredHa"] as const) {
      expect(f.totals[k], k).toBeCloseTo(sum(rows, k), 1);
      expect(f.byCategory.reduce((s, c) => s + c[k], 0), k).toBeCloseTo(sum(rows, k), 1);
      expect(f.byDistrict.reduce((s, c) => s + c[k], 0), k).toBeCloseTo(sum(rows, k), 1);
    }
    expect(f.totals.computed).toBe(rows.filter((p) => p.benefitComputedAt).length);
    const reducing = rows.filter((p) => (p.co2ReductionT ?? 0) > 0);
    const need = reducing.reduce((s, p) => s + p.financingNeed, 0n);
    expect(f.totals.needOfReducing).toBe(need);
    const tonnes = sum(reducing, "co2ReductionT");
    expect(Number(f.totals.needPerTco2)).toBeCloseTo(Number(need) / tonnes, -1);
    const secured = reducing.filter((p) => p.securedAmount > 0n);
    expect(Number(f.totals.securedPerTco2)).toBeCloseTo(Number(secured.reduce((s, p) => s + p.securedAmount, 0n)) / sum(secured, "co2ReductionT"), -1);
    const forest = f.byCategory.find((c) => c.code === "A02")!;
    expect(forest.carbonSinkT).toBeCloseTo(sum(rows.filter((p) => p.categoryId === forest.id), "carbonSinkT"), 1);
  });
});
