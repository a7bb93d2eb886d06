import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";
import { projectWorkbook } from "../support/xlsx";

const baseUrl = inject("baseUrl");
const dir = mkdtempSync(join(tmpdir(), "cfp-import-"));

const web = browserForThisFile();

async function listCount(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/projects`);
  return (await page.getByTestId("list-sums").textContent()) ?? "";
}

const row = (name: string, amount: unknown) => ({ 项目名称: name, 项目单位: "湘潭城市建设投资经营集团有限公司", 项目类别: "清洁能源", 所在区县: "雨湖区", 实施阶段: "前期", "总投资（万元）": amount });

describe("Excel import in the browser", () => {
  it("a file with bad rows shows the report and changes nothing; a good file imports", async () => {
    const page = await signInAs(web.context, baseUrl, "staff", "/workspace");
    const before = await listCount(page);
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, await projectWorkbook([row("导入好行项目", "3500万"), row("导入坏行项目", "很多钱"), { ...row("导入坏区县项目", 100), 所在区县: "火星区" }]));
    await page.getByRole("link", { name: "Excel 导入" }).click();
    await page.getByLabel("选择 Excel 文件（.xlsx）").setInputFiles(bad);
    await page.getByRole("button", { name: "检查文件" }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor();
    const text = await report.textContent();
    expect(text).toContain("错误 2 处");
    expect(text).toContain("无法识别的区县“火星区”");
    expect(text).toContain("存在错误");
    await expect(page.getByRole("button", { name: "确认导入" }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/import-report.png`, fullPage: true });
    expect(await listCount(page)).toBe(before);

    const good = join(dir, "good.xlsx");
    writeFileSync(good, await projectWorkbook([row("浏览器导入项目甲", "1.2亿"), row("浏览器导入项目乙", "880")]));
    await page.goto(`${baseUrl}/projects/import`);
    await page.getByLabel("选择 Excel 文件（.xlsx）").setInputFiles(good);
    await page.getByRole("button", { name: "检查文件" }).click();
    await page.getByText("检查通过，可以导入。").waitFor();
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText(/导入完成：新建 2 个/).waitFor();
    await page.goto(`${baseUrl}/projects?q=${encodeURIComponent("浏览器导入项目")}`);
    expect((await page.getByTestId("project-table").locator("tbody").getByRole("link").allTextContents()).sort()).toEqual(["浏览器导入项目乙", "浏览器导入项目甲"].sort());
    await page.close();
  });
});
