import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { getAdbProgramme, getAdbSubProject, patchAdbPackage, postAdbDisbursement, postAdbPackage, putAdbMilestone } from "@/lib/http/endpoints/adb";
import { addDisbursement } from "@/lib/services/adb/disbursements";
import { subProjectDetail } from "@/lib/services/adb/detail";
import { recordMilestone } from "@/lib/services/adb/milestones";
import { programmeOverview } from "@/lib/services/adb/overview";
import { chinaToday } from "@/lib/domain/calendar";
import { actorOf, apiRequest, sessionCookie, type DemoUser } from "../support/actors";

// The demo data as of this day: the figures below are what the bureau's reports state.
const NOW = new Date("2026-11-23T04:00:00Z");

const noParams = { params: Promise.resolve({}) };
const send = (method: string, body: unknown) => ({ method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });

// Sub-projects this file changes; everything is put back afterwards so the demo figures hold.
const CODES = ["XT-ADB-05", "XT-ADB-10", "XT-ADB-14"];
type Snapshot = Awaited<ReturnType<typeof snapshot>>;
async function snapshot() {
  return db.adbSubProject.findMany({ where: { code: { in: CODES } }, include: { milestones: true, packages: true, disbursements: true } });
}
let before: Snapshot;
const ids: Record<string, number> = {};

beforeAll(async () => {
  before = await snapshot();
  for (const s of before) ids[s.code] = s.id;
});

afterAll(async () => {
  for (const s of before) {
    await db.adbDisbursement.deleteMany({ where: { subProjectId: s.id, id: { notIn: s.disbursements.map((d) => d.id) } } });
    await db.procurementPackage.deleteMany({ where: { subProjectId: s.id, id: { notIn: s.packages.map((p) => p.id) } } });
    for (const p of s.packages) await db.procurementPackage.update({ where: { id: p.id }, data: p });
    for (const m of s.milestones) await db.adbMilestone.update({ where: { id: m.id }, data: { plannedDate: m.plannedDate, actualDate: m.actualDate, note: m.note } });
    await db.adbSubProject.update({ where: { id: s.id }, data: { version: s.version } });
  }
});

const version = async (code: string) => (await db.adbSubProject.findUniqueOrThrow({ where: { code } })).version;
const milestone = (code: string, kind: string) =>
  db.adbMilestone.findFirstOrThrow({ where: { subProject: { code }, kind: kind as "COMPLETION" } });

function putMilestone(cookie: string, id: number, kind: string, body: unknown) {
  return putAdbMilestone(apiRequest(`/api/v1/adb/sub-projects/${id}/milestones/${kind}`, { cookie, ...send("PUT", body) }), { params: Promise.resolve({ id: String(id), kind }) });
}

describe("the ADB programme of the demo data", () => {
  it("totals 16 sub-projects and 104,657 万元 of ADB allocation, exactly", async () => {
    const o = await programmeOverview(await actorOf("staff"), NOW);
    expect(o.programme).toMatchObject({ loanNumber: "L4216-PRC", loanUsd: "150000000" });
    expect(o.totals).toEqual({
      subProjects: 16,
      allocated: 1_046_570_000n,
      counterpart: 911_430_000n,
      investment: 1_958_000_000n,
      disbursed: 660_800_000n,
      disbursedShareBp: 6314,
      milestonesCompleted: 104,
      milestonesTotal: 128,
      milestoneShareBp: 8125,
      subProjectsCompleted: 3,
      overdueMilestones: 10,
      subProjectsOverdue: 4, // XT-ADB-02 (完工), -05, -11 and -14
    });
    const hospital = o.subProjects[0];
    expect(hospital).toMatchObject({ code: "XT-ADB-01", adbAllocation: 186_000_000n, disbursed: 125_000_000n, completed: 7, current: "COMPLETION", overdue: [] });
    const river = o.subProjects.find((s) => s.code === "XT-ADB-14")!;
    expect(river.current).toBe("BIDDING_DOCS_NO_OBJECTION");
    expect(river.overdue).toEqual(["BIDDING_DOCS_NO_OBJECTION", "BID_OPENING_EVALUATION", "TENDER_RESULT_APPROVAL", "CONTRACT_SIGNING"]);
  });

  it("answers the same over the API, money as strings of yuan", async () => {
    const res = await getAdbProgramme(apiRequest("/api/v1/adb", { cookie: await sessionCookie("leader") }), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totals).toMatchObject({ subProjects: 16, allocated: "1046570000", counterpart: "911430000", disbursed: "660800000" });
    expect(body.subProjects).toHaveLength(16);
    expect(body.subProjects[0].milestones.map((m: { label: string }) => m.label)).toEqual([
      "可研批复", "初步设计批复", "招标文件亚行不反对", "开标评标", "招标结果亚行批复", "合同签订", "开工", "完工",
    ]);
    const detail = await getAdbSubProject(apiRequest(`/api/v1/adb/sub-projects/${ids["XT-ADB-10"]}`, { cookie: await sessionCookie("leader") }), { params: Promise.resolve({ id: String(ids["XT-ADB-10"]) }) });
    expect(detail.status).toBe(200);
    const d = await detail.json();
    expect(d).toMatchObject({ code: "XT-ADB-10", adbAllocation: "52000000", disbursed: "52000000", remaining: "0", canManage: false });
    expect(d.project.code).toBe("XTQT-2024-016");
    expect(d.packages.map((p: { code: string }) => p.code)).toEqual(["XT-C11", "XT-S06"]);
  });
});

describe("who may read and write", () => {
  it("bureau staff and leaders read; banks and owners are refused", async () => {
    const get = async (who: DemoUser) => (await getAdbProgramme(apiRequest("/api/v1/adb", { cookie: await sessionCookie(who) }), noParams)).status;
    expect(await get("staff")).toBe(200);
    expect(await get("admin")).toBe(200);
    expect(await get("leader")).toBe(200);
    expect(await get("bank1")).toBe(403);
    expect(await get("owner")).toBe(403);
    expect((await getAdbProgramme(apiRequest("/api/v1/adb"), noParams)).status).toBe(401);
    await expect(subProjectDetail(await actorOf("bank2"), ids["XT-ADB-14"])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a leader, a bank and an owner cannot record a milestone, and nothing changes", async () => {
    const id = ids["XT-ADB-14"];
    const v = await version("XT-ADB-14");
    for (const who of ["leader", "bank1", "owner"] as const) {
      const res = await putMilestone(await sessionCookie(who), id, "BIDDING_DOCS_NO_OBJECTION", { version: v, actualDate: "2026-05-01" });
      expect(res.status, who).toBe(403);
    }
    const disb = await postAdbDisbursement(apiRequest(`/api/v1/adb/sub-projects/${id}/disbursements`, { cookie: await sessionCookie("leader"), ...send("POST", { version: v, amount: "10", date: "2026-05-01" }) }), { params: Promise.resolve({ id: String(id) }) });
    expect(disb.status).toBe(403);
    expect((await milestone("XT-ADB-14", "BIDDING_DOCS_NO_OBJECTION")).actualDate).toBeNull();
    expect(await version("XT-ADB-14")).toBe(v);
  });
});

describe("recording milestones", () => {
  it("refuses 开工 before ADB approves the tender result, with a clear message, changing nothing", async () => {
    const id = ids["XT-ADB-14"];
    const v = await version("XT-ADB-14");
    const audits = await db.auditLog.count({ where: { entity: "AdbSubProject", entityId: String(id) } });
    const res = await putMilestone(await sessionCookie("staff"), id, "CONSTRUCTION_START", { version: v, actualDate: "2026-11-01" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.message).toBe("招标结果尚未获亚行批复，不能登记开工");
    expect(body.error.details.fields).toEqual([{ path: "actualDate", message: "招标结果尚未获亚行批复，不能登记开工" }]);
    expect((await milestone("XT-ADB-14", "CONSTRUCTION_START")).actualDate).toBeNull();
    expect(await version("XT-ADB-14")).toBe(v);
    expect(await db.auditLog.count({ where: { entity: "AdbSubProject", entityId: String(id) } })).toBe(audits);
  });

  it("records the next milestone in order, audited, and refuses dates out of order or in the future", async () => {
    const staff = await actorOf("staff");
    const id = ids["XT-ADB-14"];
    const v = await version("XT-ADB-14");
    // Before the predecessor (初步设计批复 on 2025-12-20): refused.
    await expect(recordMilestone(staff, id, "BIDDING_DOCS_NO_OBJECTION", { version: v, actualDate: "2025-12-19" }, null, NOW))
      .rejects.toThrow("不能早于「初步设计批复」的实际日期 2025-12-20");
    await expect(recordMilestone(staff, id, "BIDDING_DOCS_NO_OBJECTION", { version: v, actualDate: "2026-11-24" }, null, NOW))
      .rejects.toThrow("晚于今天");
    // Skipping 开标评标: refused, naming what is missing.
    await expect(recordMilestone(staff, id, "TENDER_RESULT_APPROVAL", { version: v, actualDate: "2026-06-01" }, null, NOW))
      .rejects.toThrow("「招标文件亚行不反对」尚未完成");
    const res = await putMilestone(await sessionCookie("staff"), id, "BIDDING_DOCS_NO_OBJECTION", { version: v, actualDate: "2026-05-12", note: "亚行来函不反对" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: (await milestone("XT-ADB-14", "BIDDING_DOCS_NO_OBJECTION")).id, version: v + 1 });
    const m = await milestone("XT-ADB-14", "BIDDING_DOCS_NO_OBJECTION");
    expect(m.actualDate?.toISOString()).toBe("2026-05-12T00:00:00.000Z");
    expect(m.note).toBe("亚行来函不反对");
    expect(m.plannedDate?.toISOString()).toBe("2026-04-25T00:00:00.000Z");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "adb.milestone.record", entityId: String(id) }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorName: "staff", entity: "AdbSubProject" });
    expect(entry.before).toMatchObject({ kind: "BIDDING_DOCS_NO_OBJECTION", actualDate: null, version: v });
    expect(entry.after).toMatchObject({ kind: "BIDDING_DOCS_NO_OBJECTION", actualDate: "2026-05-12", note: "亚行来函不反对", version: v + 1 });
    expect((await subProjectDetail(staff, id, NOW)).current).toBe("BID_OPENING_EVALUATION");
  });

  it("refuses clearing a milestone while a later one is complete; the last one may be cleared", async () => {
    const staff = await actorOf("staff");
    const id = ids["XT-ADB-14"];
    const v = await version("XT-ADB-14");
    await expect(recordMilestone(staff, id, "PRELIMINARY_DESIGN_APPROVAL", { version: v, actualDate: "" }, null, NOW))
      .rejects.toThrow("「招标文件亚行不反对」已登记完成，不能撤销「初步设计批复」");
    const r = await recordMilestone(staff, id, "BIDDING_DOCS_NO_OBJECTION", { version: v, actualDate: null }, null, NOW);
    expect(r.version).toBe(v + 1);
    expect((await milestone("XT-ADB-14", "BIDDING_DOCS_NO_OBJECTION")).actualDate).toBeNull();
  });

  it("changes a planned date alone, and refuses a stale version with 409", async () => {
    const id = ids["XT-ADB-14"];
    const v = await version("XT-ADB-14");
    const staff = await sessionCookie("staff");
    expect((await putMilestone(staff, id, "COMPLETION", { version: v, plannedDate: "2028-09-30" })).status).toBe(200);
    expect((await milestone("XT-ADB-14", "COMPLETION")).plannedDate?.toISOString()).toBe("2028-09-30T00:00:00.000Z");
    const stale = await putMilestone(await sessionCookie("admin"), id, "COMPLETION", { version: v, plannedDate: "2028-12-31" });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe("CONFLICT");
    expect(body.error.message).toContain(`您看到的是第 ${v} 版，当前为第 ${v + 1} 版`);
    expect((await milestone("XT-ADB-14", "COMPLETION")).plannedDate?.toISOString()).toBe("2028-09-30T00:00:00.000Z");
    expect((await putMilestone(staff, id, "COMPLETION", { version: v + 1, actualDate: "bad" })).status).toBe(400);
    expect((await putMilestone(staff, id, "SOMETHING", { version: v + 1, actualDate: "2026-01-01" })).status).toBe(400);
  });

  it("of two saves made on the same version exactly one wins", async () => {
    const staff = await actorOf("staff");
    const admin = await actorOf("admin");
    const id = ids["XT-ADB-14"];
    const v = await version("XT-ADB-14");
    const results = await Promise.allSettled([
      recordMilestone(staff, id, "COMPLETION", { version: v, note: "员工的说明" }, null, NOW),
      recordMilestone(admin, id, "COMPLETION", { version: v, note: "管理员的说明" }, null, NOW),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect(await version("XT-ADB-14")).toBe(v + 1);
  });

  it("records 合同签订 after the tender approval on the real date of today at most", async () => {
    const staff = await actorOf("staff");
    const id = ids["XT-ADB-05"];
    const r = await recordMilestone(staff, id, "CONTRACT_SIGNING", { version: await version("XT-ADB-05"), actualDate: chinaToday() });
    expect(r.version).toBe((before.find((s) => s.code === "XT-ADB-05")!.version) + 1);
    // 开工 is now allowed by the tender rule; it only has to wait for the contract date.
    await expect(recordMilestone(staff, id, "CONSTRUCTION_START", { version: r.version, actualDate: "2026-05-29" }))
      .rejects.toThrow("不能早于「合同签订」");
  });
});

describe("disbursements and procurement packages", () => {
  it("refuses a disbursement beyond the ADB allocation, and records one within it", async () => {
    const staff = await actorOf("staff");
    const full = ids["XT-ADB-10"];
    const error = await addDisbursement(staff, full, { version: await version("XT-ADB-10"), amount: "0.0001", date: "2026-01-05" }, null, NOW).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("累计提款将超过亚行贷款分配额 5,200.00 万元：本子项目尚可提款 0.00 万元");
    expect(await db.adbDisbursement.count({ where: { subProjectId: full } })).toBe(4);

    const id = ids["XT-ADB-05"];
    const v = await version("XT-ADB-05");
    const res = await postAdbDisbursement(apiRequest(`/api/v1/adb/sub-projects/${id}/disbursements`, { cookie: await sessionCookie("staff"), ...send("POST", { version: v, amount: "1,234.5678", date: "2026-06-01", note: "首笔提款" }) }), { params: Promise.resolve({ id: String(id) }) });
    expect(res.status).toBe(201);
    const d = await subProjectDetail(staff, id, NOW);
    expect(d.disbursed).toBe(12_345_678n);
    expect(d.remaining).toBe(65_000_000n - 12_345_678n);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "adb.disbursement.create" }, orderBy: { id: "desc" } });
    expect(entry.after).toMatchObject({ subProjectId: id, amount: "12345678", date: "2026-06-01" });
    // One yuan more than what is left is refused; exactly what is left is accepted.
    const tooMuch = await addDisbursement(staff, id, { version: v + 1, amount: "5265.4323", date: "2026-06-02" }, null, NOW).catch((e) => e);
    expect(tooMuch.message).toContain("尚可提款 5,265.43 万元");
    const ok = await addDisbursement(staff, id, { version: v + 1, amount: "5265.4322", date: "2026-06-02" }, null, NOW);
    expect((await subProjectDetail(staff, id, NOW)).remaining).toBe(0n);
    expect(ok.version).toBe(v + 2);
  });

  it("adds and edits procurement packages; a code is unique within the sub-project", async () => {
    const id = ids["XT-ADB-14"];
    const staff = await sessionCookie("staff");
    const ctx = { params: Promise.resolve({ id: String(id) }) };
    const post = (body: unknown) => postAdbPackage(apiRequest(`/api/v1/adb/sub-projects/${id}/packages`, { cookie: staff, ...send("POST", body) }), ctx);
    let v = await version("XT-ADB-14");
    const dup = await post({ version: v, code: "XT-C15", name: "重复包号", kind: "WORKS", estimateAmount: "100" });
    expect(dup.status).toBe(400);
    expect((await dup.json()).error.details.fields).toEqual([{ path: "code", message: "包号 XT-C15 在本子项目中已被使用" }]);
    const res = await post({ version: v, code: "XT-S99", name: "水系治理监测服务", kind: "SERVICES", estimateAmount: "320.5" });
    expect(res.status).toBe(201);
    const { id: packageId, version: v2 } = await res.json();
    v = v2;
    const patch = (body: unknown) => patchAdbPackage(apiRequest(`/api/v1/adb/sub-projects/${id}/packages/${packageId}`, { cookie: staff, ...send("PATCH", body) }), { params: Promise.resolve({ id: String(id), packageId: String(packageId) }) });
    expect((await patch({ version: v, contractAmount: "310" })).status).toBe(200);
    expect(await db.procurementPackage.findUniqueOrThrow({ where: { id: packageId } })).toMatchObject({ estimateAmount: 3_205_000n, contractAmount: 3_100_000n, kind: "SERVICES" });
    expect((await patch({ version: v + 1, contractAmount: null })).status).toBe(200);
    expect((await db.procurementPackage.findUniqueOrThrow({ where: { id: packageId } })).contractAmount).toBeNull();
    const entries = await db.auditLog.findMany({ where: { entity: "ProcurementPackage", entityId: String(packageId) }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["adb.package.create", "adb.package.update", "adb.package.update"]);
    expect(entries[1].before).toMatchObject({ contractAmount: null });
    expect(entries[1].after).toMatchObject({ contractAmount: "3100000" });
    const leader = await postAdbPackage(apiRequest(`/api/v1/adb/sub-projects/${id}/packages`, { cookie: await sessionCookie("leader"), ...send("POST", { version: v + 2, code: "XT-X1", name: "领导不能加", kind: "GOODS", estimateAmount: "1" }) }), ctx);
    expect(leader.status).toBe(403);
  });
});
