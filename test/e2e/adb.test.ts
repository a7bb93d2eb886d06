import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";

const baseUrl = inject("baseUrl");
const web = browserForThisFile();

// 竹埠港: bids evaluated (2026-04-14), ADB has not yet approved the tender result.
const SUB = "竹埠港污染土壤修复及生态重建子项目";

async function openSubProject(page: Page) {
  await page.goto(`${baseUrl}/adb`);
  await page.getByTestId("adb-subprojects").getByRole("link", { name: SUB }).click();
  await page.getByRole("heading", { level: 1, name: SUB }).waitFor();
}

async function saveMilestone(page: Page, kind: string, actualDate: string, note?: string) {
  const form = page.getByTestId(`milestone-form-${kind}`);
  await form.getByLabel("实际日期").fill(actualDate);
  if (note) await form.getByLabel("说明").fill(note);
  await form.getByRole("button", { name: "保存" }).click();
  return form;
}

describe("the ADB programme in the browser", () => {
  it("staff see the programme totals: 16 sub-projects and 10.4657 亿元 of ADB allocation", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    await page.getByRole("link", { name: "亚行贷款项目" }).click();
    await page.waitForURL(`${baseUrl}/adb`);
    expect(await page.getByTestId("adb-kpi-subprojects").textContent()).toContain("16 个");
    const allocated = await page.getByTestId("adb-kpi-allocated").textContent();
    expect(allocated).toContain("10.4657 亿元");
    expect(allocated).toContain("104,657 万元");
    expect(await page.getByTestId("adb-total-allocation").textContent()).toBe("104,657.00");
    expect(await page.getByTestId("adb-subprojects").locator("tbody tr").count()).toBe(16);
    // Every sub-project has a row on the timeline; overdue milestones are marked as such.
    expect(await page.getByTestId("adb-timeline").locator("[data-testid^=timeline-row-]").count()).toBe(16);
    expect(await page.getByTestId("timeline-row-XT-ADB-14").locator("[data-state=overdue]").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("timeline-row-XT-ADB-16").locator("[data-state=done]").count()).toBe(8);
    await page.screenshot({ path: `${SHOTS}/adb-programme.png`, fullPage: true });
    // What a 1366×768 screen shows of the timeline.
    await page.getByTestId("adb-timeline").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/adb-timeline-1366.png` });
    await page.close();
  });

  it("recording 开工 before ADB approves the tender result is refused clearly; the next milestone is recorded", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    await openSubProject(page);
    const start = await saveMilestone(page, "CONSTRUCTION_START", "2026-11-10");
    await start.getByText("招标结果尚未获亚行批复，不能登记开工").waitFor();
    // Refused: what was typed is still there, and 开工 is still not done.
    expect(await start.getByLabel("实际日期").inputValue()).toBe("2026-11-10");
    expect(await page.getByTestId("milestone-CONSTRUCTION_START").getByText("已完成").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/adb-start-refused.png`, fullPage: true });

    await page.reload();
    await saveMilestone(page, "TENDER_RESULT_APPROVAL", "2026-06-18", "亚行批复函");
    const tender = page.getByTestId("milestone-TENDER_RESULT_APPROVAL");
    await tender.getByText("已完成").waitFor();
    await tender.getByText("已保存").waitFor();
    expect(await tender.getByLabel("实际日期").inputValue()).toBe("2026-06-18");
    expect(await tender.getByLabel("说明").inputValue()).toBe("亚行批复函");
    await page.getByText("当前里程碑：合同签订").waitFor();
    await page.screenshot({ path: `${SHOTS}/adb-tender-approved.png`, fullPage: true });
    await page.close();
  });

  it("a leader sees the sub-project without any form", async () => {
    const page = await signInAs(web.context, baseUrl, "leader");
    await openSubProject(page);
    await page.getByText("亚行批复函").waitFor();
    expect(await page.locator("main form").count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/adb-leader-sub-project.png`, fullPage: true });
    await page.close();
  });
});
