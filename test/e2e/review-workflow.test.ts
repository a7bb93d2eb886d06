import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";

const baseUrl = inject("baseUrl");

const web = browserForThisFile();

/** A form field by its label, whether or not the label carries the required-field mark. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

const NAME = `浏览器测试屋顶光伏项目${Date.now() % 100000}`;

async function openProject(page: Page) {
  await page.goto(`${baseUrl}/projects?q=${encodeURIComponent(NAME)}`);
  await page.getByRole("link", { name: NAME }).click();
  await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
}

async function act(page: Page, button: string, comment?: string) {
  if (comment) await field(page, "意见或原因").fill(comment);
  await page.getByRole("button", { name: button, exact: true }).click();
}

describe("the review workflow in the browser", () => {
  it("staff create a project; messages appear beside bad fields and nothing typed is lost", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    await page.goto(`${baseUrl}/projects`);
    await page.getByRole("link", { name: "新建项目" }).click();
    await field(page, "项目名称").fill(NAME);
    await field(page, "项目单位").selectOption({ label: "湘潭城市建设投资经营集团有限公司" });
    await field(page, "项目类别").selectOption({ label: "M03 清洁能源" });
    await field(page, "所在区县/园区").selectOption({ label: "雨湖区" });
    await field(page, "总投资").fill("很多钱");
    await field(page, "自有资金").fill("500万");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("无法识别的金额").waitFor();
    expect(await field(page, "项目名称").inputValue()).toBe(NAME);
    await field(page, "总投资").fill("3,500");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await expect(page.getByText("3,000.00 万元").first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/project-created.png`, fullPage: true });
    await page.close();
  });

  it("the owner submits; staff return it with a comment; the owner fixes and resubmits; staff approve it", async () => {
    let page = await signInAs(web.context, baseUrl, "owner");
    await openProject(page);
    await act(page, "提交申报");
    await page.getByText("已申报").first().waitFor();
    await page.close();

    page = await signInAs(web.context, baseUrl, "staff");
    await openProject(page);
    await act(page, "退回修改");
    await page.getByText("须填写意见或原因").waitFor();
    await act(page, "退回修改", "请补充建设内容和联系人");
    await page.getByTestId("history").getByText("请补充建设内容和联系人").waitFor();
    await page.close();

    page = await signInAs(web.context, baseUrl, "owner");
    await openProject(page);
    await page.getByRole("link", { name: "修改", exact: true }).click();
    await field(page, "建设内容").fill("屋顶分布式光伏 5MW，配套储能 1MWh");
    await field(page, "联系人").fill("周工");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    await act(page, "提交申报");
    await page.getByText("已申报").first().waitFor();
    await page.close();

    page = await signInAs(web.context, baseUrl, "staff");
    await openProject(page);
    await act(page, "审核入库");
    await page.getByTestId("history").getByText("已申报 → 已入库").waitFor();
    const history = await page.getByTestId("history").textContent();
    expect(history).toContain("退回修改：请补充建设内容和联系人");
    expect(history).toContain("修改 建设内容、联系人");
    await page.screenshot({ path: `${SHOTS}/project-approved.png`, fullPage: true });

    // Out of the library again, so the other suites see the demo library as seeded.
    await act(page, "出库", "浏览器测试结束，出库");
    await page.getByTestId("history").getByText("已入库 → 已出库").waitFor();
    await page.close();
  });

  it("the list filters by status in the URL and shows the sums of the filtered set", async () => {
    const page = await signInAs(web.context, baseUrl, "leader");
    await page.goto(`${baseUrl}/projects?status=IN_LIBRARY&family=ADAPTATION&sort=gapAmount&dir=desc`);
    const sums = await page.getByTestId("list-sums").textContent();
    expect(sums).toMatch(/项目数\s*\d+ 个/);
    await expect(page.getByRole("link", { name: "新建项目" }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SHOTS}/project-list.png`, fullPage: true });
    await page.close();
  });
});
