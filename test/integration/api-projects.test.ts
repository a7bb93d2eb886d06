import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getProjects, patchProject, postProject, postProjectTransition } from "@/lib/http/endpoints/projects";
import { apiRequest, removeProjects, sessionCookie } from "../support/actors";

const created: number[] = [];
afterAll(() => removeProjects(created));

const noParams = { params: Promise.resolve({}) };
const json = (body: unknown) => ({ method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

describe("projects API", () => {
  it("lists with filters, sorting and the sums of the filtered set", async () => {
    const staff = await sessionCookie("staff");
    const res = await getProjects(apiRequest("/api/v1/projects?funding=PARTLY&sort=gapAmount&dir=desc&pageSize=5", { cookie: staff }), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    const all = await db.project.findMany({ where: { securedAmount: { gt: 0n }, gapAmount: { gt: 0n } } });
    expect(body.total).toBe(all.length);
    expect(body.items).toHaveLength(Math.min(5, all.length));
    expect(BigInt(body.sums.gapAmount)).toBe(all.reduce((s, p) => s + p.gapAmount, 0n));
    const gaps = body.items.map((p: { gapAmount: string }) => BigInt(p.gapAmount));
    expect([...gaps].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(gaps);
  });

  it("filters by family, district, instrument and the carbon-tool flag", async () => {
    const staff = await sessionCookie("staff");
    const get = async (qs: string) => (await (await getProjects(apiRequest(`/api/v1/projects?${qs}&pageSize=200`, { cookie: staff }), noParams)).json());
    const adaptation = await get("family=ADAPTATION");
    expect(adaptation.total).toBe(await db.project.count({ where: { category: { family: "ADAPTATION" } } }));
    const county = await db.region.findUniqueOrThrow({ where: { code: "430321" } });
    expect((await get(`regionId=${county.id}`)).total).toBe(await db.project.count({ where: { regionId: county.id } }));
    const adb = await get("instrument=ADB_LOAN");
    expect(adb.total).toBeGreaterThanOrEqual(16);
    expect((await get("carbonTool=true")).total).toBe(await db.project.count({ where: { carbonToolEligible: true } }));
    const none = await get("q=不存在的项目名称xyz");
    expect(none).toMatchObject({ total: 0, items: [], sums: { totalInvestment: "0" } });
  });

  it("creates, edits with a version (409 when stale) and moves a project through review", async () => {
    const staff = await sessionCookie("staff");
    const [region, category, owner] = await Promise.all([
      db.region.findUniqueOrThrow({ where: { code: "430304" } }),
      db.category.findUniqueOrThrow({ where: { code: "A01" } }),
      db.user.findUniqueOrThrow({ where: { username: "owner" } }),
    ]);
    const res = await postProject(apiRequest("/api/v1/projects", { cookie: staff, ...json({
      name: "API新建湿地修复项目", regionId: region.id, categoryId: category.id, ownerOrgId: owner.organizationId, totalInvestment: "3500万", stage: "PREPARATION",
    }) }), noParams);
    expect(res.status).toBe(201);
    const { id } = await res.json();
    created.push(id);
    const ctx = { params: Promise.resolve({ id: String(id) }) };
    const patch = (body: unknown) => patchProject(apiRequest(`/api/v1/projects/${id}`, { cookie: staff, ...json(body), method: "PATCH" }), ctx);

    expect((await patch({ version: 1, ownFunds: 500 })).status).toBe(200);
    const stale = await patch({ version: 1, name: "过期版本的修改" });
    expect(stale.status).toBe(409);
    const conflict = await stale.json();
    expect(conflict.error.code).toBe("CONFLICT");
    expect(conflict.error.details.changes.map((c: { field: string }) => c.field)).toContain("ownFunds");
    expect((await patch({ version: 2, totalInvestment: "-1" })).status).toBe(400);

    const submit = await postProjectTransition(apiRequest(`/api/v1/projects/${id}/transitions`, { cookie: staff, ...json({ transition: "submit", version: 2 }) }), ctx);
    expect(submit.status).toBe(201);
    expect(await submit.json()).toEqual({ id, reviewStatus: "SUBMITTED", version: 3 });
    const bank = await sessionCookie("bank1");
    const refused = await postProjectTransition(apiRequest(`/api/v1/projects/${id}/transitions`, { cookie: bank, ...json({ transition: "approve", version: 3 }) }), ctx);
    expect(refused.status).toBe(403);
    const p = await db.project.findUniqueOrThrow({ where: { id } });
    expect(p).toMatchObject({ reviewStatus: "SUBMITTED", totalInvestment: 35_000_000n, ownFunds: 5_000_000n, financingNeed: 30_000_000n });
  });
});

describe("projects API: spreadsheets", () => {
  it("serves the template, imports multipart uploads (dry run by default) and exports with the list's filters", async () => {
    const { getExport, getImportTemplate, postImport } = await import("@/lib/http/endpoints/projects");
    const { projectWorkbook } = await import("../support/xlsx");
    const staff = await sessionCookie("staff");
    const template = await getImportTemplate(apiRequest("/api/v1/projects/import/template", { cookie: staff }), noParams);
    expect(template.status).toBe(200);
    expect(template.headers.get("content-disposition")).toContain(encodeURIComponent("项目导入模板.xlsx"));

    const form = new FormData();
    const file = await projectWorkbook([{ 项目名称: "API导入测试项目", 项目单位: "湘潭城市建设投资经营集团有限公司", 项目类别: "清洁能源", 所在区县: "雨湖区", "总投资（万元）": "abc" }]);
    form.set("file", new Blob([Buffer.from(file)]), "projects.xlsx");
    const dry = await postImport(apiRequest("/api/v1/projects/import", { cookie: staff, method: "POST", body: form }), noParams);
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report).toMatchObject({ dryRun: true, committed: false, errorCount: 1 });
    expect(report.issues.find((i: { level: string }) => i.level === "error")).toMatchObject({ row: 2, column: "总投资（万元）" });
    const noFile = await postImport(apiRequest("/api/v1/projects/import?dryRun=false", { cookie: staff, method: "POST", body: new FormData() }), noParams);
    expect(noFile.status).toBe(400);

    const csv = await getExport(apiRequest("/api/v1/projects/export?format=csv&status=IN_LIBRARY&family=MITIGATION", { cookie: await sessionCookie("leader") }), noParams);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trim().split("\r\n")).toHaveLength(1 + (await db.project.count({ where: { reviewStatus: "IN_LIBRARY", category: { family: "MITIGATION" } } })));
  });
});
