// Reading money off the pages the way a person does: the detail's fields, the list row, the KPI cards.
import type { Page } from "playwright-core";
import { parseAmount } from "@/lib/domain/amount-input";

/** Displayed money ("4,420.00 万元", "1.2345 亿元", or a bare 万元 figure in a table) → exact yuan. */
export function yuan(text: string | null): bigint {
  const r = parseAmount((text ?? "").replace(/\s/g, ""));
  if (!r.ok) throw new Error(`not an amount: ${text}`);
  return r.yuan;
}

export async function detailFigures(page: Page) {
  const value = (label: string) => page.locator("dl > div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").textContent();
  return { secured: yuan(await value("已落实融资")), gap: yuan(await value("融资缺口")) };
}

export async function listFigures(page: Page, baseUrl: string, code: string, name: string) {
  await page.goto(`${baseUrl}/projects?q=${code}`);
  const cells = page.getByTestId("project-table").locator("tr", { has: page.getByRole("link", { name }) }).locator("td");
  return { secured: yuan(await cells.nth(9).textContent()), gap: yuan(await cells.nth(10).textContent()) };
}

export async function homeFigures(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/workspace`);
  const kpi = async (id: string) => yuan((await page.getByTestId(id).locator("p").nth(1).textContent()) ?? "");
  return { secured: await kpi("kpi-secured"), gap: await kpi("kpi-gap") };
}
