import { describe, expect, inject, it } from "vitest";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";

const baseUrl = inject("baseUrl");

const web = browserForThisFile();

const BUREAU = ["工作台", "项目库", "领导驾驶舱", "融资对接", "融资台账", "绿色金融产品", "亚行贷款项目", "月度调度", "气候效益"];
const HOMES = [
  { username: "admin", path: "/workspace", heading: "工作台", nav: [...BUREAU, "金融机构", "用户管理", "基础数据", "审计日志"] },
  { username: "staff", path: "/workspace", heading: "工作台", nav: BUREAU },
  { username: "bank1", path: "/bank", heading: "银行门户", nav: ["银行门户", "融资台账", "绿色金融产品"] },
  { username: "bank2", path: "/bank", heading: "银行门户", nav: ["银行门户", "融资台账", "绿色金融产品"] },
  { username: "leader", path: "/cockpit", heading: "领导驾驶舱", nav: ["项目库", "领导驾驶舱", "融资对接", "融资台账", "绿色金融产品", "亚行贷款项目", "月度调度", "气候效益"] },
  { username: "owner", path: "/owner", heading: "项目单位", nav: ["项目单位", "项目库", "融资台账", "月度调度"] },
];

describe("browser smoke", () => {
  it("sends an anonymous visitor to the sign-in page", async () => {
    await web.context.clearCookies();
    const page = await web.context.newPage();
    await page.goto(`${baseUrl}/workspace`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.getByRole("button", { name: "登录" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/login.png`, fullPage: true });
    await page.close();
  });

  it("refuses a wrong password with a message", async () => {
    await web.context.clearCookies();
    const page = await web.context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("用户名").fill("staff");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("用户名或密码错误").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  });

  for (const home of HOMES) {
    it(`${home.username} signs in and lands on its own home`, async () => {
      const page = await signInAs(web.context, baseUrl, home.username, home.path);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(home.heading);
      const nav = await page.getByRole("navigation", { name: "主导航" }).getByRole("link").allTextContents();
      expect(nav).toEqual(home.nav);
      await page.getByTestId("demo-badge").waitFor();
      await page.screenshot({ path: `${SHOTS}/${home.username}.png`, fullPage: true });
      await page.close();
    });
  }

  it("shows the bureau the pilot city's headline figures", async () => {
    const page = await signInAs(web.context, baseUrl, "staff", "/workspace");
    await expect(page.getByTestId("kpi-projects").textContent()).resolves.toContain("86 个");
    await expect(page.getByTestId("kpi-adb").textContent()).resolves.toContain("10.4657 亿元");
    await expect(page.getByTestId("kpi-green").textContent()).resolves.toContain("22 亿元");
    await page.close();
  });

  it("signs in with one click on a demo account", async () => {
    await web.context.clearCookies();
    const page = await web.context.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId("demo-accounts").getByRole("button", { name: /bank2/ }).click();
    await page.waitForURL((url) => url.pathname === "/bank", { timeout: 30_000 });
    await expect(page.getByTestId("current-user").textContent()).resolves.toContain("建设银行");
    await page.close();
  });

  it("does not let a bank user open the bureau's pages", async () => {
    const page = await signInAs(web.context, baseUrl, "bank1", "/bank");
    const res = await page.goto(`${baseUrl}/workspace`);
    expect(res?.status()).toBe(403);
    await page.getByText("您没有权限").waitFor();
    const cockpit = await page.goto(`${baseUrl}/cockpit`);
    expect(cockpit?.status()).toBe(403);
    await page.close();
  });

  it("signs out back to the sign-in page", async () => {
    const page = await signInAs(web.context, baseUrl, "leader", "/cockpit");
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.goto(`${baseUrl}/cockpit`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  });
});
