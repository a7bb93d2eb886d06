import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { SHOTS, signInAs, browserForThisFile } from "../support/browser";

const baseUrl = inject("baseUrl");
const web = browserForThisFile();

const KPIS = ["kpi-projects", "kpi-need", "kpi-secured", "kpi-gap"] as const;

async function cockpitKpis(page: Page) {
  const out: Record<string, string> = {};
  for (const id of KPIS) out[id] = (await page.getByTestId(id).locator("p").nth(1).textContent())!.trim();
  return out;
}

/** The list page's sums, in the order projects, investment, need, secured, gap. */
async function listSums(page: Page) {
  const cards = page.getByTestId("list-sums").locator(":scope > div");
  const text = async (i: number) => (await cards.nth(i).locator("p").nth(1).textContent())!.trim();
  return { "kpi-projects": await text(0), "kpi-need": await text(2), "kpi-secured": await text(3), "kpi-gap": await text(4) };
}

const digits = (s: string) => s.replace(/[^\d.]/g, "");

describe("the leaders' cockpit in the browser", () => {
  it("shows the library's figures, and a district filter gives the same totals as the list for that district", async () => {
    const page = await signInAs(web.context, baseUrl, "leader", "/cockpit");
    expect(digits(await page.getByTestId("kpi-projects").textContent() ?? "")).toBe("86");
    expect(await page.getByTestId("adb-summary").textContent()).toContain("16 个");
    expect(await page.getByTestId("adb-summary").textContent()).toContain("10.4657 亿元");
    await page.getByTestId("chart-category").locator(".recharts-bar-rectangle").first().waitFor();
    await page.screenshot({ path: `${SHOTS}/cockpit-1366.png`, fullPage: true });

    const district = page.getByLabel("区县");
    const options = await district.locator("option").allTextContents();
    await district.selectOption({ label: options.find((o) => o.includes("岳塘"))! });
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL((u) => u.searchParams.has("regionId"));
    const regionId = new URL(page.url()).searchParams.get("regionId");
    const kpis = await cockpitKpis(page);
    expect(Number(digits(kpis["kpi-projects"]))).toBeLessThan(86);
    expect(Number(digits(kpis["kpi-projects"]))).toBeGreaterThan(0);

    await page.getByTestId("open-list").click();
    await page.waitForURL((u) => u.pathname === "/projects");
    const url = new URL(page.url());
    expect(url.searchParams.get("regionId")).toBe(regionId);
    expect(url.searchParams.get("status")).toBe("IN_LIBRARY");
    const sums = await listSums(page);
    expect(digits(sums["kpi-projects"])).toBe(digits(kpis["kpi-projects"]));
    expect(sums["kpi-need"]).toBe(kpis["kpi-need"]);
    expect(sums["kpi-secured"]).toBe(kpis["kpi-secured"]);
    expect(sums["kpi-gap"]).toBe(kpis["kpi-gap"]);
    await page.close();
  });

  it("opens the list filtered to a category when a category bar is clicked", async () => {
    const page = await signInAs(web.context, baseUrl, "leader", "/cockpit");
    const bars = page.getByTestId("chart-category").locator(".recharts-bar-rectangle path");
    await bars.first().waitFor();
    // The first bar that has a height (a category with nothing secured draws an empty secured bar).
    let target = -1;
    for (let i = 0; i < (await bars.count()) && target < 0; i++) {
      const box = await bars.nth(i).boundingBox();
      if (box && box.height > 4) target = i;
    }
    expect(target).toBeGreaterThanOrEqual(0);
    await bars.nth(target).click();
    await page.waitForURL((u) => u.pathname === "/projects");
    const url = new URL(page.url());
    const categoryId = url.searchParams.get("categoryId");
    expect(categoryId).toMatch(/^\d+$/);
    expect(url.searchParams.get("status")).toBe("IN_LIBRARY");
    expect(await page.getByLabel("项目类别").inputValue()).toBe(categoryId);
    const total = Number(digits((await page.getByTestId("list-sums").locator(":scope > div").first().textContent()) ?? ""));
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(86);
    await page.close();
  });

  it("fits a 1920×1080 wall screen in wall mode", async () => {
    const page = await signInAs(web.context, baseUrl, "leader", "/cockpit");
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${baseUrl}/cockpit?wall=1`);
    await page.getByTestId("chart-funnel").locator(".recharts-bar-rectangle").first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/cockpit-1920-wall.png`, fullPage: true });
    await page.close();
  });
});
