import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { deleteFinancing, getFinancing, getProjectFinancing, patchFinancing, postProjectFinancing } from "@/lib/http/endpoints/finance";
import { listFinancing } from "@/lib/services/financing/list";
import { createFinancingRecord, deleteFinancingRecord, updateFinancingRecord } from "@/lib/services/financing/records";
import { listProjects } from "@/lib/services/projects/list";
import { createProject } from "@/lib/services/projects/write";
import { createInstitution, listInstitutions, updateInstitution } from "@/lib/services/institutions";
import { createProduct, getProduct, listProducts, updateProduct } from "@/lib/services/products";
import { headlineFigures } from "@/lib/services/summary";
import { actorOf, apiRequest, removeProjects, sessionCookie } from "../support/actors";

const WAN = 10_000n;
const created: number[] = [];

/** Leaves the demo figures as seeded: withdraws what a test recorded (the service refreshes the caches). */
afterAll(async () => {
  const admin = await actorOf("admin");
  for (const id of created) {
    const r = await db.financingRecord.findUnique({ where: { id } });
    if (r) await deleteFinancingRecord(admin, id, { version: r.version, reason: "测试数据清理" });
  }
});

async function record(actorName: Parameters<typeof actorOf>[0], projectId: number, input: Record<string, unknown>) {
  const out = await createFinancingRecord(await actorOf(actorName), projectId, input);
  created.push(out.id);
  return out;
}

async function inLibraryProject(where: object = {}) {
  return db.project.findFirstOrThrow({ where: { reviewStatus: "IN_LIBRARY", gapAmount: { gt: 10_000n * WAN }, ...where }, orderBy: { id: "asc" } });
}

async function icbc() {
  return db.organization.findFirstOrThrow({ where: { id: (await actorOf("bank1")).organizationId! } });
}

const disbursement = (institutionId: number, amount: string) => ({ institutionId, instrument: "GREEN_LOAN", amount, date: "2026-11-20", status: "DISBURSED", rateBp: "3.1", termMonths: "60" });

describe("financing records keep every figure exact", () => {
  it("a 3,000 万元 disbursement raises secured and lowers gap by exactly that, on the project, the list and the bureau's totals", async () => {
    const staff = await actorOf("staff");
    const project = await inLibraryProject();
    const before = await headlineFigures(staff);
    const listBefore = await listProjects(staff, { q: project.code });
    const { funding } = await record("staff", project.id, disbursement((await icbc()).id, "3000"));
    const after = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(after.securedAmount - project.securedAmount).toBe(3000n * WAN);
    expect(project.gapAmount - after.gapAmount).toBe(3000n * WAN);
    expect(funding.secured).toBe(after.securedAmount);
    const totals = await headlineFigures(staff);
    expect(totals.secured - before.secured).toBe(3000n * WAN);
    expect(before.gap - totals.gap).toBe(3000n * WAN);
    const listAfter = await listProjects(staff, { q: project.code });
    expect(listAfter.sums.securedAmount - listBefore.sums.securedAmount).toBe(3000n * WAN);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "financing.create", entityId: String(created.at(-1)) } });
    expect(entry.actorName).toBe("staff");
  });

  it("over-funding leaves a gap of zero, never negative, and the project counts as fully funded", async () => {
    const project = await inLibraryProject({ securedAmount: 0n });
    await record("staff", project.id, { ...disbursement((await icbc()).id, "0"), amount: `${(project.financingNeed + 500n * WAN) / WAN}` });
    const after = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(after.gapAmount).toBe(0n);
    expect(after.securedAmount).toBe(project.financingNeed + 500n * WAN);
    const page = await listProjects(await actorOf("staff"), { q: project.code, funding: "FULLY" });
    expect(page.items.map((p) => p.id)).toContain(project.id);
  });

  it("concurrent records of one project all count: secured is the exact sum", async () => {
    const project = await inLibraryProject({ securedAmount: 0n, id: { gt: 20 } });
    const bank = await icbc();
    const amounts = ["1", "2.5", "0.0001", "7", "100", "33.3333", "12", "0.5"];
    await Promise.all(amounts.map((a) => record("staff", project.id, disbursement(bank.id, a))));
    const after = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(after.securedAmount).toBe(1_563_334n);
    expect(after.gapAmount).toBe(project.financingNeed - 1_563_334n);
  });

  it("an approval that is later disbursed is one record: its status changes, secured does not double", async () => {
    const staff = await actorOf("staff");
    const project = await inLibraryProject({ securedAmount: 0n, id: { gt: 40 } });
    const { id, version } = await record("staff", project.id, { ...disbursement((await icbc()).id, "800"), status: "APPROVED" });
    const out = await updateFinancingRecord(staff, id, { version, status: "DISBURSED", date: "2026-11-21" });
    expect(out.changed).toEqual(["date", "status"]);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).securedAmount).toBe(800n * WAN);
    await expect(updateFinancingRecord(staff, id, { version, amount: "900" })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.financingRecord.findUniqueOrThrow({ where: { id } })).amount).toBe(800n * WAN);
  });

  it("refuses bad records with a message beside the field and writes nothing", async () => {
    const staff = await actorOf("staff");
    const project = await inLibraryProject();
    const bank = await icbc();
    const count = await db.financingRecord.count();
    const fieldsOf = async (input: object, id = project.id) => {
      const e = await createFinancingRecord(staff, id, input).catch((x) => x);
      expect(e).toBeInstanceOf(ValidationError);
      return (e.details?.fields ?? []).map((f: { path: string }) => f.path).concat(e.details?.fields ? [] : [e.message]);
    };
    expect(await fieldsOf({ ...disbursement(bank.id, "-5") })).toContain("amount");
    expect(await fieldsOf({ ...disbursement(bank.id, "0") })).toContain("amount");
    expect(await fieldsOf({ ...disbursement(bank.id, "10"), date: "2026-02-30" })).toContain("date");
    expect(await fieldsOf({ ...disbursement(bank.id, "10"), date: "2099-01-01" })).toContain("date");
    expect(await fieldsOf({ ...disbursement(bank.id, "10"), instrument: "GREEN_BOND", carbonTool: "on" })).toContain("carbonTool");
    expect(await fieldsOf({ ...disbursement(bank.id, "10"), rateBp: "3.456" })).toContain("rateBp");
    const owner = await db.organization.findFirstOrThrow({ where: { kind: "PROJECT_OWNER" } });
    expect(await fieldsOf({ ...disbursement(owner.id, "10") })).toContain("institutionId");
    const draft = await createProject(staff, { name: "融资登记草稿项目", regionId: project.regionId, categoryId: project.categoryId, ownerOrgId: project.ownerOrgId, totalInvestment: "5000", stage: "PREPARATION" });
    try {
      expect(await fieldsOf(disbursement(bank.id, "10"), draft.id)).toEqual(["只有已入库的项目可以登记融资"]);
    } finally {
      await removeProjects([draft.id]);
    }
    expect(await db.financingRecord.count()).toBe(count);
  });
});

describe("who may record and see financing", () => {
  it("a bank records only for its own institution, on projects pushed or matched to it; others are 404", async () => {
    const bank1 = await actorOf("bank1");
    const bank2 = await actorOf("bank2");
    const push = await db.push.findFirstOrThrow({ where: { institutionId: bank1.organizationId!, project: { reviewStatus: "IN_LIBRARY" } } });
    const ccb = bank2.organizationId!;
    // The form names another bank: the record is still the caller's own institution's.
    const { id } = await record("bank1", push.projectId, disbursement(ccb, "50"));
    expect((await db.financingRecord.findUniqueOrThrow({ where: { id } })).institutionId).toBe(bank1.organizationId);
    const elsewhere = await db.project.findFirstOrThrow({ where: { reviewStatus: "IN_LIBRARY", pushes: { none: {} }, matches: { none: {} } } });
    await expect(createFinancingRecord(bank1, elsewhere.id, disbursement(ccb, "50"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateFinancingRecord(bank2, id, { version: 1, amount: "1" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteFinancingRecord(bank2, id, { version: 1, reason: "不是我的" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createFinancingRecord(await actorOf("leader"), push.projectId, disbursement(ccb, "50"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createFinancingRecord(await actorOf("owner"), push.projectId, disbursement(ccb, "50"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the ledger shows a bank only its own records; the bureau sees all, with totals by instrument that add up", async () => {
    const bank2 = await actorOf("bank2");
    const mine = await listFinancing(bank2);
    expect(mine.items.every((r) => r.institution.id === bank2.organizationId)).toBe(true);
    const all = await listFinancing(await actorOf("staff"));
    const records = await db.financingRecord.findMany({ select: { amount: true } });
    expect(all.total).toBe(records.length);
    expect(all.amount).toBe(records.reduce((s, r) => s + r.amount, 0n));
    expect(all.byInstrument.reduce((s, r) => s + r.amount, 0n)).toBe(all.amount);
    const adb = await listFinancing(await actorOf("leader"), { instrument: "ADB_LOAN" });
    expect(adb.projects).toBe(16);
    expect(adb.amount).toBe(104_657n * WAN);
  });
});

describe("financing API", () => {
  const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });

  it("records, amends and withdraws through /api/v1 with the same figures as the pages", async () => {
    const cookie = await sessionCookie("staff");
    const project = await inLibraryProject({ id: { gt: 60 } });
    const post = await postProjectFinancing(apiRequest(`/api/v1/projects/${project.id}/financing`, {
      method: "POST", cookie, body: JSON.stringify({ ...disbursement((await icbc()).id, "3,000万"), carbonTool: true }),
    }), params(project.id));
    expect(post.status).toBe(201);
    const body = await post.json();
    created.push(body.id);
    expect(BigInt(body.funding.secured) - project.securedAmount).toBe(3000n * WAN);
    const view = await (await getProjectFinancing(apiRequest(`/api/v1/projects/${project.id}/financing`, { cookie }), params(project.id))).json();
    expect(view.funding.gap).toBe(String(project.gapAmount - 3000n * WAN));
    expect(view.items[0]).toMatchObject({ amount: "30000000", carbonTool: true, rateBp: 310, status: "DISBURSED" });
    const stale = await patchFinancing(apiRequest(`/api/v1/financing/${body.id}`, { method: "PATCH", cookie, body: JSON.stringify({ version: 9, amount: 1 }) }), params(body.id));
    expect(stale.status).toBe(409);
    const del = await deleteFinancing(apiRequest(`/api/v1/financing/${body.id}`, { method: "DELETE", cookie, body: JSON.stringify({ version: 1, reason: "重复登记" }) }), params(body.id));
    expect(del.status).toBe(200);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).securedAmount).toBe(project.securedAmount);
    const ledger = await (await getFinancing(apiRequest("/api/v1/financing?instrument=GREEN_BOND", { cookie: await sessionCookie("bank1") }), params(0))).json();
    expect(ledger.items).toEqual([]);
  });
});

describe("green-finance products", () => {
  const names: string[] = [];
  afterAll(async () => {
    await db.match.deleteMany({ where: { product: { name: { in: names } } } });
    await db.financeProduct.deleteMany({ where: { name: { in: names } } });
  });

  async function refs() {
    const [m03, a01] = await Promise.all(["M03", "A01"].map((code) => db.category.findUniqueOrThrow({ where: { code } })));
    const district = await db.region.findUniqueOrThrow({ where: { code: "430302" } });
    return { m03: m03.id, a01: a01.id, district: district.id };
  }

  it("a bank adds a product for its own institution only; another bank cannot see or change it", async () => {
    const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
    const r = await refs();
    const name = `集成测试绿色贷${Date.now() % 100000}`;
    names.push(name);
    const { id, version } = await createProduct(bank1, {
      name, instrument: "GREEN_LOAN", categoryIds: `${r.m03},${r.a01}`, regionIds: String(r.district), institutionId: String(bank2.organizationId),
      minAmount: "500", maxAmount: "2亿", minTermMonths: "12", maxTermMonths: "120", rateBp: "3.05%", carbonToolLinked: "on",
    });
    const product = await getProduct(bank1, id);
    expect(product).toMatchObject({
      institution: { id: bank1.organizationId }, minAmount: 5_000_000n, maxAmount: 200_000_000n, rateBp: 305, active: true, carbonToolLinked: true,
      regions: [{ id: r.district }],
    });
    expect(product.categories.map((c) => c.id).sort()).toEqual([r.m03, r.a01].sort());
    expect((await listProducts(bank2)).map((p) => p.id)).not.toContain(id);
    await expect(getProduct(bank2, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProduct(bank2, id, { version, active: "false" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProduct(await actorOf("staff"), id, { version, active: "false" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listProducts(await actorOf("leader"))).map((p) => p.id)).toContain(id);
  });

  it("edits replace categories and regions, clear emptied fields, and refuse a stale version", async () => {
    const bank1 = await actorOf("bank1");
    const r = await refs();
    const name = `集成测试转型贷${Date.now() % 100000}`;
    names.push(name);
    const { id } = await createProduct(bank1, { name, instrument: "TRANSITION_LOAN", categoryIds: [r.m03], regionIds: [r.district], rateBp: "4" });
    const out = await updateProduct(bank1, id, { version: 1, categoryIds: String(r.a01), regionIds: "", rateBp: "", active: "false" });
    expect(out.changed.sort()).toEqual(["active", "categoryIds", "rateBp", "regionIds"]);
    expect(await getProduct(bank1, id)).toMatchObject({ version: 2, rateBp: null, active: false, regions: [], categories: [{ id: r.a01 }] });
    await expect(updateProduct(await actorOf("admin"), id, { version: 1, name: "旧版本" })).rejects.toBeInstanceOf(ConflictError);
    const e = await updateProduct(bank1, id, { version: 2, minAmount: "900", maxAmount: "100" }).catch((x) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.details.fields[0].path).toBe("maxAmount");
    const e2 = await createProduct(bank1, { name: "无类别", instrument: "GREEN_LOAN" }).catch((x) => x);
    expect(e2.details.fields.map((f: { path: string }) => f.path)).toContain("categoryIds");
  });
});

describe("institutions", () => {
  it("the admin adds a green sub-branch under a bank; names are unique; other roles cannot manage", async () => {
    const admin = await actorOf("admin");
    const bank1 = await actorOf("bank1");
    const name = `工商银行湘潭九华绿色支行${Date.now() % 100000}`;
    const { id } = await createInstitution(admin, { name, kind: "BANK", parentId: String(bank1.organizationId), phone: "0731-58581234" });
    try {
      expect((await listInstitutions(bank1)).map((o) => o.id)).toContain(id);
      expect((await listInstitutions(await actorOf("bank2"))).map((o) => o.id)).not.toContain(id);
      const dup = await createInstitution(admin, { name, kind: "FUND" }).catch((x) => x);
      expect(dup.details.fields[0]).toMatchObject({ path: "name" });
      const notBank = await createInstitution(admin, { name: `${name}基金`, kind: "FUND", parentId: String(bank1.organizationId) }).catch((x) => x);
      expect(notBank.details.fields[0].path).toBe("parentId");
      await expect(createInstitution(await actorOf("staff"), { name: "越权机构", kind: "FUND" })).rejects.toBeInstanceOf(ForbiddenError);
      const out = await updateInstitution(admin, id, { contact: "李行长", phone: "" });
      expect(out.changed.sort()).toEqual(["contact", "phone"]);
      expect(await db.organization.findUniqueOrThrow({ where: { id } })).toMatchObject({ contact: "李行长", phone: null });
      expect(await db.auditLog.count({ where: { entity: "Organization", entityId: String(id) } })).toBe(2);
    } finally {
      await db.organization.delete({ where: { id } });
    }
  });
});
