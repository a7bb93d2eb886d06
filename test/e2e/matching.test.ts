import { describe, expect, inject, it } from "vitest";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";
import { detailFigures, homeFigures, listFigures } from "../support/figures";

const baseUrl = inject("baseUrl");
const web = browserForThisFile();

// A library project neither demo bank has been pushed, and no product of bank B matches.
const CODE = "XTQT-2025-029";
const NAME = "湘潭市生活垃圾焚烧发电二期项目";

describe("pushing to a bank and its answers, in the browser", () => {
  it("staff push to bank A; bank A answers interested, then approved 5,000 万元; secured rises by exactly that everywhere; bank B finds no trace", async () => {
    let page = await signInAs(web.context, baseUrl, "staff");
    const homeBefore = await homeFigures(page, baseUrl);
    const listBefore = await listFigures(page, baseUrl, CODE, NAME);
    await page.getByRole("link", { name: NAME }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    const detailBefore = await detailFigures(page);
    const projectId = new URL(page.url()).pathname.split("/").pop();
    const form = page.getByTestId("push-form");
    await form.getByRole("button", { name: "推送" }).click();
    await form.getByText("请至少选择一家机构").waitFor();
    await form.getByLabel("中国工商银行湘潭分行").check();
    await form.getByLabel("附言").fill("垃圾焚烧发电二期，请重点对接");
    await form.getByRole("button", { name: "推送" }).click();
    await form.getByText("已推送").waitFor();
    await page.close();

    page = await signInAs(web.context, baseUrl, "bank1", "/bank");
    await page.getByTestId("inbox-link").click();
    await page.getByTestId("inbox").getByText(`新推送项目：${NAME}`).waitFor();
    await page.goto(`${baseUrl}/bank`);
    await page.getByTestId("bank-pushes").getByRole("link", { name: NAME }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    const answer = page.getByTestId("push-answer-form");
    await answer.getByLabel(/^答复/).selectOption({ label: "有意向" });
    await answer.getByRole("button", { name: "提交答复" }).click();
    await page.getByText("有意向", { exact: false }).first().waitFor();
    await page.getByTestId("push-answer-form").getByLabel(/^答复/).selectOption({ label: "已授信" });
    await page.getByTestId("push-answer-form").getByRole("button", { name: "提交答复" }).click();
    await page.getByTestId("push-answer-form").getByText("授信须填写金额").waitFor();
    await page.getByTestId("push-answer-form").getByLabel(/^金额/).fill("5000");
    await page.getByTestId("push-answer-form").getByRole("button", { name: "提交答复" }).click();
    await page.getByTestId("bank-own-financing").getByText("5,000.00").waitFor();
    await page.screenshot({ path: `${SHOTS}/bank-approved.png`, fullPage: true });
    await page.close();

    page = await signInAs(web.context, baseUrl, "staff");
    // The bureau's response board shows bank A's answer on the push.
    await page.goto(`${baseUrl}/pushes`);
    const filters = page.getByTestId("push-filters");
    await filters.getByLabel("金融机构").selectOption({ label: "中国工商银行湘潭分行" });
    await filters.getByLabel("响应状态").selectOption({ label: "已授信" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await page.getByTestId("board-pushes").locator("tr", { hasText: NAME }).getByText("已授信").waitFor();
    await page.getByTestId("board-institutions").getByText("中国工商银行湘潭分行").waitFor();
    await page.screenshot({ path: `${SHOTS}/bureau-push-board.png`, fullPage: true });
    const listAfter = await listFigures(page, baseUrl, CODE, NAME);
    expect(listAfter.secured - listBefore.secured).toBe(50_000_000n);
    expect(listBefore.gap - listAfter.gap).toBe(50_000_000n);
    await page.getByRole("link", { name: NAME }).click();
    const detailAfter = await detailFigures(page);
    expect(detailAfter.secured - detailBefore.secured).toBe(50_000_000n);
    expect(detailBefore.gap - detailAfter.gap).toBe(50_000_000n);
    const homeAfter = await homeFigures(page, baseUrl);
    expect(homeAfter.secured - homeBefore.secured).toBe(50_000_000n);
    expect(homeBefore.gap - homeAfter.gap).toBe(50_000_000n);
    await page.screenshot({ path: `${SHOTS}/bureau-home-after-approval.png`, fullPage: true });
    // Withdrawn afterwards, so the demo's headline figures stay as seeded for the other suites.
    await page.goto(`${baseUrl}/projects/${projectId}`);
    const row = page.getByTestId("financing-table").locator("tr", { hasText: "5,000.00" });
    await row.getByLabel("撤销原因（必填）").fill("浏览器测试数据，撤销");
    await row.getByRole("button", { name: "撤销" }).click();
    await page.getByTestId("financing-table").getByText("5,000.00").waitFor({ state: "detached" });
    await page.close();

    page = await signInAs(web.context, baseUrl, "bank2", "/bank");
    expect(await page.locator("main").textContent()).not.toContain(NAME);
    const res = await page.goto(`${baseUrl}/bank/projects/${projectId}`);
    expect(res?.status()).toBe(404);
    const api = await page.request.get(`${baseUrl}/api/v1/pushes?pageSize=200`);
    expect(JSON.stringify(await api.json())).not.toContain(NAME);
    const notices = await page.request.get(`${baseUrl}/api/v1/notifications?pageSize=200`);
    expect(JSON.stringify(await notices.json())).not.toContain(NAME);
    await page.close();
  });
});
