import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { exportProjects, importProjects, projectTemplate } from "@/lib/services/projects/spreadsheet";
import { actorOf, removeProjects } from "../support/actors";
import { projectWorkbook, readSheet } from "../support/xlsx";

const TAG = `导入测试${Date.now() % 100000}`;
const row = (n: number, extra: Record<string, unknown> = {}) => ({
  项目名称: `${TAG}项目${n}`, 项目单位: "湘潭城市建设投资经营集团有限公司", 项目类别: "M03", 所在区县: "岳塘区",
  实施阶段: "前期", "总投资（万元）": "1,234.5", ...extra,
});

afterAll(async () => {
  const ids = (await db.project.findMany({ where: { name: { startsWith: TAG } }, select: { id: true } })).map((p) => p.id);
  await removeProjects(ids);
});

describe("Excel import", () => {
  it("the template has Chinese headers and a sheet explaining every column", async () => {
    const bytes = await projectTemplate(await actorOf("staff"));
    const [headers] = await readSheet(bytes);
    expect(headers).toContain("总投资（万元）");
    const help = await readSheet(bytes, 1);
    expect(help.map((r) => r[0])).toEqual(expect.arrayContaining(["项目类别", "审核状态"]));
  });

  it("a dry run reports every row and writes nothing", async () => {
    const staff = await actorOf("staff");
    const before = await db.project.count();
    const file = await projectWorkbook([row(1), row(2, { "总投资（万元）": "3500万", 审核状态: "已入库" })]);
    const report = await importProjects(staff, file, { dryRun: true, duplicates: "skip" });
    expect(report).toMatchObject({ dryRun: true, committed: false, totalRows: 2, validRows: 2, errorCount: 0, created: 2 });
    expect(await db.project.count()).toBe(before);
  });

  it("one bad row makes the whole commit write nothing, and the report says where", async () => {
    const staff = await actorOf("staff");
    const before = await db.project.count();
    const file = await projectWorkbook([row(3), row(4, { "总投资（万元）": "很多", 所在区县: "火星" }), row(5)]);
    const report = await importProjects(staff, file, { dryRun: false, duplicates: "skip" });
    expect(report.committed).toBe(false);
    expect(report.issues.filter((i) => i.level === "error").map((i) => `${i.row}:${i.column}`).sort()).toEqual(["3:总投资（万元）", "3:所在区县"].sort());
    expect(await db.project.count()).toBe(before);
  });

  it("commits all rows in one go: amounts exact, codes assigned, library status recorded, new owners created", async () => {
    const staff = await actorOf("staff");
    const file = await projectWorkbook([
      row(6, { "总投资（万元）": "1.2亿", "自有资金（万元）": "２０００", 审核状态: "已入库" }),
      row(7, { 项目单位: `${TAG}新能源有限公司`, "总投资（万元）": 880.25 }),
    ]);
    const report = await importProjects(staff, file, { dryRun: false, duplicates: "skip" }, "10.1.1.1");
    expect(report).toMatchObject({ committed: true, created: 2, newOwners: [`${TAG}新能源有限公司`] });
    const six = await db.project.findFirstOrThrow({ where: { name: `${TAG}项目6` }, include: { transitions: true } });
    expect(six).toMatchObject({ totalInvestment: 120_000_000n, ownFunds: 20_000_000n, financingNeed: 100_000_000n, reviewStatus: "IN_LIBRARY" });
    expect(six.code).toMatch(/^XTQT-\d{4}-\d{4}$/);
    expect(six.transitions.map((t) => t.to)).toEqual(["DRAFT", "IN_LIBRARY"]);
    const seven = await db.project.findFirstOrThrow({ where: { name: `${TAG}项目7` }, include: { ownerOrg: true } });
    expect(seven.totalInvestment).toBe(8_802_500n);
    expect(seven.ownerOrg.name).toBe(`${TAG}新能源有限公司`);
    expect(await db.auditLog.count({ where: { action: "project.import", ip: "10.1.1.1" } })).toBe(1);
  });

  it("a duplicate is skipped or updated, as the user chooses", async () => {
    const staff = await actorOf("staff");
    const existing = await db.project.findFirstOrThrow({ where: { name: `${TAG}项目6` } });
    const file = await projectWorkbook([row(6, { "总投资（万元）": "1.5亿" }), row(8)]);
    const skip = await importProjects(staff, file, { dryRun: false, duplicates: "skip" });
    expect(skip).toMatchObject({ committed: true, duplicates: 1, skipped: 1, created: 1, updated: 0 });
    expect((await db.project.findUniqueOrThrow({ where: { id: existing.id } })).totalInvestment).toBe(120_000_000n);

    const byCode = await projectWorkbook([row(99, { 项目编号: existing.code, "总投资（万元）": "1.5亿" })]);
    const update = await importProjects(staff, byCode, { dryRun: false, duplicates: "update" });
    expect(update).toMatchObject({ committed: true, duplicates: 1, updated: 1, created: 0 });
    const after = await db.project.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ totalInvestment: 150_000_000n, name: `${TAG}项目99`, version: existing.version + 1 });
  });

  it("refuses what is not an xlsx, a file without the headers, and roles that may not import", async () => {
    const staff = await actorOf("staff");
    await expect(importProjects(staff, new TextEncoder().encode("名称,金额\n一,二"), { dryRun: true, duplicates: "skip" })).rejects.toBeInstanceOf(ValidationError);
    await expect(importProjects(staff, await projectWorkbook([{ A: 1 }], ["A", "B"]), { dryRun: true, duplicates: "skip" })).rejects.toThrow("找不到表头行");
    await expect(importProjects(await actorOf("leader"), await projectWorkbook([row(9)]), { dryRun: true, duplicates: "skip" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importProjects(await actorOf("owner"), await projectWorkbook([row(9)]), { dryRun: true, duplicates: "skip" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("export", () => {
  it("writes the filtered list to xlsx and to csv with a BOM", async () => {
    const leader = await actorOf("leader");
    const filter = { family: "ADAPTATION", sort: "gapAmount", dir: "desc" };
    const expected = await db.project.count({ where: { category: { family: "ADAPTATION" } } });
    const xlsx = await exportProjects(leader, filter, "xlsx");
    const sheet = await readSheet(xlsx.body);
    expect(sheet).toHaveLength(expected + 1);
    expect(sheet[0]).toEqual(expect.arrayContaining(["项目编号", "融资缺口（万元）"]));
    const csv = await exportProjects(leader, filter, "csv");
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(expected + 1);
    expect(lines[0].startsWith("项目编号,项目名称,项目单位")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "project.export", actorName: "leader" } })).toBeGreaterThanOrEqual(2);
    await expect(exportProjects(await actorOf("bank1"), {}, "csv")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
