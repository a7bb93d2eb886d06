import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { chinaToday } from "@/lib/domain/calendar";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";

const baseUrl = inject("baseUrl");
const web = browserForThisFile();

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

/** The owner's (城建投) project that reported in October: this month's report is still missing. */
const PROJECT = "涟水河";
const PROBLEM = `浏览器测试：施工便道占用河堤需水利部门审批${Date.now() % 100000}`;
const DUE = chinaToday(new Date(Date.now() + 30 * 86_400_000));

describe("monthly dispatch in the browser", () => {
  it("the owner files this month's report with one problem; a refused submission keeps what was typed", async () => {
    const page = await signInAs(web.context, baseUrl, "owner");
    await page.goto(`${baseUrl}/dispatch`);
    const missing = page.getByTestId("missing-reports");
    const row = missing.locator("tr", { hasText: PROJECT });
    await row.waitFor();
    const missingBefore = await missing.locator("tbody tr").count();
    await page.screenshot({ path: `${SHOTS}/dispatch-owner.png`, fullPage: true });
    await row.getByRole("link", { name: "填报", exact: true }).click();
    await page.getByTestId("previous-report").getByText("形象进度 66%").waitFor();

    await field(page, "本月完成投资（万元）").fill("650");
    // October's 9,600 plus this month. Given, not left blank: blank is allowed only when October
    // was last month, and this test runs in any month after it.
    await field(page, "累计完成投资（万元）").fill("10250");
    await field(page, "形象进度（%）").fill("50");
    await field(page, "本月进展情况").fill("湿地植被种植完成约六成，生态护岸进入收尾。");
    await page.getByRole("button", { name: "+ 添加问题" }).click();
    await field(page, "问题描述").fill(PROBLEM);
    await field(page, "问题类别").selectOption({ label: "审批" });
    await field(page, "责任部门").fill("市水利局");
    await field(page, "整改期限").fill(DUE);
    await page.getByRole("button", { name: "提交报告" }).click();
    await page.getByText("形象进度不能低于2026年10月的 66%").waitFor();
    // Nothing typed is lost, the problem row included.
    expect(await field(page, "本月进展情况").inputValue()).toContain("生态护岸");
    expect(await field(page, "问题描述").inputValue()).toBe(PROBLEM);
    expect(await field(page, "整改期限").inputValue()).toBe(DUE);
    await page.screenshot({ path: `${SHOTS}/dispatch-report-refused.png`, fullPage: true });

    await field(page, "形象进度（%）").fill("70");
    await page.getByRole("button", { name: "提交报告" }).click();
    await page.getByText(/已提交「.*涟水河.*」.*的调度报告/).waitFor();
    await expect(page.getByTestId("filed-reports").locator("tr", { hasText: PROJECT }).textContent()).resolves.toContain("10,250.00");
    expect(await page.getByTestId("missing-reports").locator("tbody tr").count()).toBe(missingBefore - 1);
    // Owners do not close problems.
    expect(await page.getByTestId("problems").getByText("销号", { exact: true }).count()).toBe(0);
    await page.close();
  });

  it("staff no longer see the project as missing, find the problem and close it with a resolution", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    await page.goto(`${baseUrl}/dispatch`);
    await page.getByTestId("dispatch-kpis").waitFor();
    expect(await page.getByTestId("missing-reports").locator("tr", { hasText: PROJECT }).count()).toBe(0);
    const row = page.getByTestId("problems").locator("tr", { hasText: PROBLEM });
    await expect(row.textContent()).resolves.toContain("未销号");
    await page.screenshot({ path: `${SHOTS}/dispatch-staff.png`, fullPage: true });

    await row.getByText("销号", { exact: true }).click();
    await row.getByRole("button", { name: "确认销号" }).click();
    // The browser itself asks for the resolution before anything is sent.
    expect(await row.getByLabel("销号情况").evaluate((el) => (el as HTMLTextAreaElement).validity.valueMissing)).toBe(true);
    await row.screenshot({ path: `${SHOTS}/dispatch-close-form.png` });
    await row.getByLabel("销号情况").fill("市水利局已批复临时占用方案，便道已按要求设置。");
    await row.getByRole("button", { name: "确认销号" }).click();
    await row.getByText("已销号").waitFor();
    await expect(row.textContent()).resolves.toContain("市水利局已批复临时占用方案");
    await page.screenshot({ path: `${SHOTS}/dispatch-closed.png`, fullPage: true });
    await page.close();
  });

  it("leaders read the month and the problems with no forms; October shows who missed it", async () => {
    const page = await signInAs(web.context, baseUrl, "leader");
    await page.goto(`${baseUrl}/dispatch?year=2026&month=10&overdue=true`);
    await expect(page.getByTestId("kpi-missing").textContent()).resolves.toContain("22");
    expect(await page.getByRole("link", { name: "代为填报" }).count()).toBe(0);
    expect(await page.getByText("销号", { exact: true }).count()).toBe(0);
    await expect(page.getByTestId("problems").locator("tbody tr").count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/dispatch-leader-october.png`, fullPage: true });
    await page.close();
  });
});
