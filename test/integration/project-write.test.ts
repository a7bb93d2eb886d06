import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createProject, updateProject } from "@/lib/services/projects/write";
import { transitionProject } from "@/lib/services/projects/transitions";
import { actorOf, removeProjects } from "../support/actors";

const TEST_NAMES = ["测试新建光伏项目", "业主自建项目", "并发编辑测试项目", "管理员改的名称", "同时保存测试项目", "审核流程测试项目", "越权测试项目", "清空字段测试项目"];
afterEach(async () => {
  const created = await db.project.findMany({ where: { name: { in: TEST_NAMES } }, select: { id: true } });
  await removeProjects(created.map((p) => p.id));
});

async function refs() {
  const region = await db.region.findUniqueOrThrow({ where: { code: "430302" } });
  const category = await db.category.findUniqueOrThrow({ where: { code: "M03" } });
  const owner = await actorOf("owner");
  return { regionId: region.id, categoryId: category.id, ownerOrgId: owner.organizationId! };
}

const form = (r: Awaited<ReturnType<typeof refs>>, name: string) => ({
  name, regionId: String(r.regionId), categoryId: String(r.categoryId), ownerOrgId: String(r.ownerOrgId),
  totalInvestment: "1.2亿", ownFunds: "2,000", stage: "PREPARATION", carbonToolEligible: "on",
});

describe("creating and editing projects", () => {
  it("staff create a draft: amounts exact, need defaulting to total − own funds, a code assigned, audited", async () => {
    const r = await refs();
    const staff = await actorOf("staff");
    const { id, code, version } = await createProject(staff, form(r, "测试新建光伏项目"), "10.0.0.1");
    const p = await db.project.findUniqueOrThrow({ where: { id } });
    expect(p).toMatchObject({ reviewStatus: "DRAFT", totalInvestment: 120_000_000n, ownFunds: 20_000_000n, financingNeed: 100_000_000n, gapAmount: 100_000_000n, carbonToolEligible: true, version: 1 });
    expect(code).toMatch(/^XTQT-\d{4}-\d{4}$/);
    expect(version).toBe(1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "project.create", entityId: String(id) } });
    expect(entry).toMatchObject({ actorName: "staff", ip: "10.0.0.1" });
  });

  it("an owner creates only for its own organization", async () => {
    const r = await refs();
    const owner = await actorOf("owner");
    const other = await db.organization.findFirstOrThrow({ where: { kind: "PROJECT_OWNER", id: { not: owner.organizationId! } } });
    const { id } = await createProject(owner, { ...form(r, "业主自建项目"), ownerOrgId: String(other.id) });
    expect((await db.project.findUniqueOrThrow({ where: { id } })).ownerOrgId).toBe(owner.organizationId);
  });

  it("refuses banks and leaders, and bad input with messages per field", async () => {
    const r = await refs();
    await expect(createProject(await actorOf("bank1"), form(r, "银行不能建"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createProject(await actorOf("leader"), form(r, "领导不能建"))).rejects.toBeInstanceOf(ForbiddenError);
    const error = await createProject(await actorOf("staff"), { ...form(r, "x"), totalInvestment: "很多" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error.details.fields as { path: string }[]).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "totalInvestment"]));
  });

  it("refuses a stale version with what changed since, and loses no update", async () => {
    const r = await refs();
    const staff = await actorOf("staff");
    const admin = await actorOf("admin");
    const { id } = await createProject(staff, form(r, "并发编辑测试项目"));
    await updateProject(admin, id, { version: 1, name: "管理员改的名称", totalInvestment: "15000" });
    const error = await updateProject(staff, id, { version: 1, contactName: "李工" }).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.details.changes.map((c: { field: string; by: string }) => `${c.field}:${c.by}`)).toEqual(
      expect.arrayContaining(["name:admin", "totalInvestment:admin", "financingNeed:admin"]),
    );
    const p = await db.project.findUniqueOrThrow({ where: { id } });
    expect(p).toMatchObject({ name: "管理员改的名称", contactName: null, version: 2, totalInvestment: 150_000_000n, financingNeed: 130_000_000n });
  });

  it("an emptied optional field is cleared; an emptied need returns to total − own funds", async () => {
    const r = await refs();
    const staff = await actorOf("staff");
    const { id } = await createProject(staff, { ...form(r, "清空字段测试项目"), description: "原简介", financingNeed: "5000" });
    await updateProject(staff, id, { version: 1, description: "", financingNeed: "", ownFunds: "" });
    expect(await db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ description: null, ownFunds: 0n, financingNeed: 120_000_000n, gapAmount: 120_000_000n });
  });

  it("of two concurrent saves on one version exactly one wins", async () => {
    const r = await refs();
    const staff = await actorOf("staff");
    const { id } = await createProject(staff, form(r, "同时保存测试项目"));
    const results = await Promise.allSettled([
      updateProject(staff, id, { version: 1, contactName: "甲" }),
      updateProject(await actorOf("admin"), id, { version: 1, contactName: "乙" }),
    ]);
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect((await db.project.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});

describe("the review workflow", () => {
  it("owner submits, staff return with a comment, owner fixes and resubmits, staff approve; each step recorded and notified", async () => {
    const r = await refs();
    const owner = await actorOf("owner");
    const staff = await actorOf("staff");
    const { id } = await createProject(owner, form(r, "审核流程测试项目"));
    await transitionProject(owner, id, { transition: "submit", version: 1 });
    await expect(updateProject(owner, id, { version: 2, contactName: "改不了" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionProject(owner, id, { transition: "approve", version: 2 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionProject(staff, id, { transition: "return", version: 2 })).rejects.toThrow("须填写");
    await transitionProject(staff, id, { transition: "return", version: 2, comment: "请补充建设内容" });
    await updateProject(owner, id, { version: 3, constructionContent: "屋顶光伏 5MW" });
    await transitionProject(owner, id, { transition: "submit", version: 4 });
    const done = await transitionProject(staff, id, { transition: "approve", version: 5 });
    expect(done).toEqual({ id, reviewStatus: "IN_LIBRARY", version: 6 });

    const trail = await db.projectTransition.findMany({ where: { projectId: id }, orderBy: { id: "asc" } });
    expect(trail.map((t) => `${t.from ?? "-"}>${t.to}`)).toEqual(["->DRAFT", "DRAFT>SUBMITTED", "SUBMITTED>RETURNED", "RETURNED>SUBMITTED", "SUBMITTED>IN_LIBRARY"]);
    expect(trail[2].comment).toBe("请补充建设内容");
    const ownerUser = await db.user.findUniqueOrThrow({ where: { username: "owner" } });
    const notices = await db.notification.findMany({ where: { userId: ownerUser.id, link: `/projects/${id}` } });
    expect(notices.map((n) => n.title)).toEqual(expect.arrayContaining([expect.stringContaining("退回修改"), expect.stringContaining("已入库")]));
    expect(await db.notification.count({ where: { user: { username: "staff" }, link: `/projects/${id}` } })).toBe(2);
  });

  it("a transition out of order or by the wrong party is refused and changes nothing", async () => {
    const r = await refs();
    const staff = await actorOf("staff");
    const { id } = await createProject(staff, form(r, "越权测试项目"));
    await expect(transitionProject(staff, id, { transition: "approve", version: 1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(transitionProject(await actorOf("bank1"), id, { transition: "submit", version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transitionProject(await actorOf("leader"), id, { transition: "submit", version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const other = await db.project.findFirstOrThrow({ where: { ownerOrgId: { not: (await actorOf("owner")).organizationId! }, reviewStatus: "IN_LIBRARY" } });
    await expect(transitionProject(await actorOf("owner"), other.id, { transition: "submit", version: other.version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionProject(staff, id, { transition: "submit", version: 7 })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ reviewStatus: "DRAFT", version: 1 });
  });
});

describe("figures owned by the climate benefit calculation", () => {
  it("cannot be typed over on the project form; the calculation page is where they change", async () => {
    const staff = await actorOf("staff");
    const project = await db.project.findFirstOrThrow({ where: { code: "XTQT-2025-012" } });
    expect(project.benefitTrace).not.toBeNull();
    const error = await updateProject(staff, project.id, { version: project.version, co2ReductionT: "99999" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details.fields[0]).toMatchObject({ path: "co2ReductionT", message: expect.stringContaining("气候效益核算") });
    const same = await updateProject(staff, project.id, { version: project.version, co2ReductionT: String(project.co2ReductionT) });
    expect(same.changed).toEqual([]);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).co2ReductionT).toBe(project.co2ReductionT);
  });
});
