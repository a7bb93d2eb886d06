// Chromium from Debian's package, driven by playwright-core: nothing is downloaded.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

/** Where the browser suites leave their screenshots. */
export const SHOTS = "test-results/e2e";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "cfp-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 768 },
    locale: "zh-CN",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  return { browser: context, close: () => context.close() };
}

export type { Browser };

/** Signs in through the form as a demo user and waits until the browser leaves the sign-in page. */
export async function signInAs(browser: BrowserContext, baseUrl: string, username: string, home?: string) {
  await browser.clearCookies();
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("Demo#2025");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => (home ? url.pathname === home : !["/login", "/"].includes(url.pathname)), { timeout: 30_000 });
  return page;
}

/** Registers a browser for the current test file: launched before its tests, closed after. */
export function browserForThisFile(): { readonly context: BrowserContext } {
  const holder: { context?: BrowserContext; close?: () => Promise<void> } = {};
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const launched = await launchBrowser();
    holder.context = launched.browser;
    holder.close = launched.close;
  });
  afterAll(async () => holder.close?.());
  return { get context() { return holder.context!; } };
}
