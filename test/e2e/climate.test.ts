import { describe, expect, inject, it } from "vitest";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";

const baseUrl = inject("baseUrl");

const web = browserForThisFile();

describe("climate benefit accounting in the browser", () => {
  it("leaders see the portfolio by category and district with financing per tonne", async () => {
    const page = await signInAs(web.context, baseUrl, "leader");
    await page.goto(`${baseUrl}/climate`);
    await page.getByRole("heading", { level: 1, name: "气候效益" }).waitFor();
    expect(await page.getByTestId("climate-by-category").locator("tbody tr").count()).toBe(10);
    expect(await page.getByTestId("kpi-need-per-t").textContent()).toMatch(/[\d,]+ 元\/\(tCO₂\/年\)/);
    await page.screenshot({ path: `${SHOTS}/climate-portfolio.png`, fullPage: true });
    await page.goto(`${baseUrl}/climate/factors`);
    await page.getByTestId("factor-grid.national").getByText("第3版").waitFor();
    expect(await page.locator("summary", { hasText: "发布新版本" }).count()).toBe(0);
    await page.close();
  });

  it("the admin publishes a new grid factor, recomputes, and the project shows the new figure and version", async () => {
    const page = await signInAs(web.context, baseUrl, "admin");
    await page.goto(`${baseUrl}/climate/factors`);
    const row = page.getByTestId("factor-grid.national");
    await row.getByText("发布新版本").click();
    const form = page.getByTestId("new-version-grid.national");
    await form.getByLabel("数值").fill("0.5");
    await form.getByLabel("年份").fill("2024");
    await form.getByLabel("生效日期").fill("2026-11-20");
    await form.getByLabel("来源").fill("测试：假定的2024年度全国电网平均二氧化碳排放因子");
    await form.getByRole("button", { name: "发布" }).click();
    await row.getByText("第4版").waitFor();
    expect(await row.getByText("第3版").count()).toBe(1); // the old version stays listed

    await page.getByRole("button", { name: "重新计算受影响项目" }).click();
    const summary = page.getByTestId("recompute-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("第4版（0.5 tCO2/MWh）");
    // 湘乡市东山风电场: 105,000 MWh × 0.5306 = 55,713 → × 0.5 = 52,500.
    const wind = summary.locator("tr", { hasText: "XTQT-2024-010" });
    expect((await wind.textContent())!.replace(/\s+/g, " ")).toContain("55,713");
    expect(await wind.textContent()).toContain("52,500");
    await page.screenshot({ path: `${SHOTS}/climate-recompute.png`, fullPage: true });

    await wind.getByRole("link", { name: "XTQT-2024-010" }).click();
    await page.getByRole("heading", { level: 1, name: /湘乡市东山风电场项目/ }).waitFor();
    const factors = page.getByTestId("benefit-factors");
    expect(await factors.textContent()).toContain("第4版");
    expect(await page.getByTestId("benefit-steps").textContent()).toContain("0.5 tCO2/MWh（第4版）");
    await page.screenshot({ path: `${SHOTS}/climate-project-benefit.png`, fullPage: true });

    await page.getByRole("link", { name: "返回项目" }).click();
    await page.waitForURL(/\/projects\/\d+$/);
    await page.getByRole("heading", { level: 1, name: "湘乡市东山风电场项目", exact: true }).waitFor();
    const comparison = await page.getByTestId("benefit-comparison").textContent();
    expect(comparison).toContain("52,500 tCO₂e/年");
    expect(comparison).toContain("55,713 tCO₂e/年"); // the owner's declared figure, unchanged
    expect(await page.getByTestId("benefit-factors").textContent()).toContain("第4版");
    await page.screenshot({ path: `${SHOTS}/climate-project-page.png`, fullPage: true });
    await page.close();
  });

  it("staff enter activity data on a project: a bad number is refused beside its field, a good one is computed", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    await page.goto(`${baseUrl}/projects?q=${encodeURIComponent("湘潭市低碳城市智慧管理平台")}`);
    await page.getByRole("link", { name: "湘潭市低碳城市智慧管理平台" }).click();
    await page.getByRole("link", { name: /核算明细与修改/ }).click();
    const form = page.getByTestId("benefit-form");
    await form.getByLabel("计算类型 1").selectOption("green_building");
    await form.getByLabel("年节电量（MWh）").fill("-5");
    await form.getByRole("button", { name: "计算并保存" }).click();
    await form.getByText("年节电量不能为负数").waitFor();
    await form.getByLabel("年节电量（MWh）").fill("1000");
    await form.getByRole("button", { name: "计算并保存" }).click();
    await form.getByText("已保存").waitFor();
    // The form keeps what was entered after saving (no reset to the first options).
    expect(await form.getByLabel("计算类型 1").inputValue()).toBe("green_building");
    // With the grid factor the admin published above: 1,000 MWh × 0.5 = 500 tCO2; × 0.1229 = 122.9 tce.
    const comparison = await page.getByTestId("benefit-comparison").textContent();
    expect(comparison).toContain("500 tCO₂e/年");
    expect(comparison).toContain("122.9 tce/年");
    await page.screenshot({ path: `${SHOTS}/climate-benefit-form.png`, fullPage: true });
    await page.close();
  });
});
