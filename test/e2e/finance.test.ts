import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";
import { detailFigures, homeFigures as home, listFigures as list } from "../support/figures";

const baseUrl = inject("baseUrl");
const web = browserForThisFile();

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}( \\*)?$`));

const CODE = "XTQT-2025-003";
const NAME = "岳塘区低碳社区试点建设项目";
const listFigures = (page: Page) => list(page, baseUrl, CODE, NAME);
const homeFigures = (page: Page) => home(page, baseUrl);

describe("financing in the browser", () => {
  it("a 3,000 万元 disbursement raises secured and lowers the gap by exactly that on the list, the detail and the bureau home", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    const [homeBefore, listBefore] = [await homeFigures(page), await listFigures(page)];
    await page.getByRole("link", { name: NAME }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    const detailBefore = await detailFigures(page);
    expect(detailBefore).toEqual(listBefore);

    const form = page.getByTestId("financing-form");
    await field(form, "融资机构").selectOption({ label: "中国工商银行湘潭分行" });
    await field(form, "融资工具").selectOption({ label: "绿色信贷" });
    await field(form, "金额（万元）").fill("3000万");
    await field(form, "利率（%）").fill("3.2");
    await field(form, "期限（月）").fill("96");
    await form.getByRole("button", { name: "登记" }).click();
    await page.getByText("已登记，已落实融资与缺口已更新").waitFor();
    await page.getByTestId("financing-table").getByText("3,000.00").waitFor();
    await page.screenshot({ path: `${SHOTS}/financing-recorded.png`, fullPage: true });

    const detailAfter = await detailFigures(page);
    expect(detailAfter.secured - detailBefore.secured).toBe(30_000_000n);
    expect(detailBefore.gap - detailAfter.gap).toBe(30_000_000n);
    const listAfter = await listFigures(page);
    expect(listAfter).toEqual(detailAfter);
    const homeAfter = await homeFigures(page);
    expect(homeAfter.secured - homeBefore.secured).toBe(30_000_000n);
    expect(homeBefore.gap - homeAfter.gap).toBe(30_000_000n);

    // Withdrawn as entered in error, the project's figures are as before (and the demo's headline figures stay as seeded).
    await page.goto(`${baseUrl}/projects?q=${CODE}`);
    await page.getByRole("link", { name: NAME }).click();
    const row = page.getByTestId("financing-table").locator("tr", { hasText: "3,000.00" });
    await row.getByRole("button", { name: "撤销" }).click();
    await row.getByText("请填写撤销原因").waitFor();
    await row.getByLabel("撤销原因（必填）").fill("测试登记，撤销");
    await row.getByRole("button", { name: "撤销" }).click();
    await page.getByTestId("financing-table").getByText("3,000.00").waitFor({ state: "detached" });
    expect(await detailFigures(page)).toEqual(detailBefore);
    await page.close();
  });

  it("a refused record keeps what was typed and says why beside the field", async () => {
    const page = await signInAs(web.context, baseUrl, "staff");
    await page.goto(`${baseUrl}/projects?q=${CODE}`);
    await page.getByRole("link", { name: NAME }).click();
    const form = page.getByTestId("financing-form");
    await form.getByLabel(/^融资机构/).selectOption({ label: "财信证券股份有限公司" });
    await form.getByLabel(/^融资工具/).selectOption({ label: "绿色债券" });
    await form.getByLabel(/^金额/).fill("1200");
    await form.getByLabel("碳减排支持工具支持").check();
    await form.getByRole("button", { name: "登记" }).click();
    await form.getByText("碳减排支持工具只适用于贷款").waitFor();
    expect(await form.getByLabel(/^金额/).inputValue()).toBe("1200");
    await page.close();
  });

  it("a bank adds a green-finance product for its own institution; another bank never sees it", async () => {
    const name = `绿色测试贷${Date.now() % 100000}`;
    let page = await signInAs(web.context, baseUrl, "bank1");
    await page.goto(`${baseUrl}/finance/products`);
    await page.getByRole("link", { name: "新增产品" }).click();
    await field(page, "产品名称").fill(name);
    await field(page, "融资工具").selectOption({ label: "绿色信贷" });
    await page.getByLabel("M03 清洁能源").check();
    await field(page, "最低额度（万元）").fill("5000");
    await field(page, "最高额度（万元）").fill("1000");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("最高额度不能低于最低额度").waitFor();
    expect(await field(page, "产品名称").inputValue()).toBe(name);
    expect(await page.getByLabel("M03 清洁能源").isChecked()).toBe(true);
    await field(page, "最高额度（万元）").fill("5亿");
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByTestId("products-table").getByText(name).waitFor();
    const row = page.getByTestId("products-table").locator("tr", { hasText: name });
    expect(await row.textContent()).toContain("5,000.00 万元 ~ 5 亿元");
    await page.screenshot({ path: `${SHOTS}/bank-products.png`, fullPage: true });
    await page.close();

    page = await signInAs(web.context, baseUrl, "bank2");
    await page.goto(`${baseUrl}/finance/products`);
    await page.getByTestId("products-table").waitFor();
    expect(await page.getByTestId("products-table").textContent()).not.toContain(name);
    await page.close();
  });
});
