import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { contentSecurityPolicy, createNonce, isHttps } from "@/lib/http/security-headers";

// next.config.js is plain JavaScript outside the type check: imported by its URL.
const nextConfig = ((await import(new URL("../../next.config.js", import.meta.url).href)) as { default: NextConfig }).default;

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe("page Content-Security-Policy", () => {
  const nonce = "AAECAwQFBgcICQoLDA0ODw==";
  const production = directives(contentSecurityPolicy({ nonce, dev: false, https: false }));

  it("runs only scripts carrying this response's nonce and what they load; never eval or inline code", () => {
    expect(production.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect([...production.values()].flat()).not.toContain("'unsafe-eval'");
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("takes style elements from this origin or with the nonce; only style attributes are inline", () => {
    expect(production.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(production.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("closes everything else: nothing from other origins, no plugins, no framing, no foreign form targets", () => {
    expect(production.get("default-src")).toEqual(["'none'"]);
    expect(production.get("img-src")).toEqual(["'self'", "data:"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("font-src")).toEqual(["'self'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    const hosts = [...production.values()].flat().filter((v) => !v.startsWith("'") && v !== "data:");
    expect(hosts).toEqual([]);
  });

  it("upgrades insecure requests only when the page itself came over HTTPS", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ nonce, dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });

  it("allows eval and inline styles under `next dev` only", () => {
    const dev = directives(contentSecurityPolicy({ nonce, dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toContain("'unsafe-inline'");
  });

  it("uses a fresh, unguessable nonce for every response", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const n of [...nonces].slice(0, 10)) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("knows HTTPS from the reverse proxy's X-Forwarded-Proto, else from the URL", () => {
    expect(isHttps(new Headers({ "x-forwarded-proto": "https" }), "http://10.0.0.5:3000/")).toBe(true);
    expect(isHttps(new Headers({ "x-forwarded-proto": "http" }), "http://10.0.0.5:3000/")).toBe(false);
    expect(isHttps(new Headers(), "http://localhost:3000/")).toBe(false);
    expect(isHttps(new Headers(), "https://cfp.example.gov.cn/")).toBe(true);
  });
});

describe("headers of every response (next.config.js)", () => {
  type Rule = { source: string; has?: { type: string; key: string; value: string }[]; headers: { key: string; value: string }[] };

  it("sends nosniff, a referrer policy, a permissions policy, COOP and no framing on every path", async () => {
    const rules = (await nextConfig.headers!()) as Rule[];
    const always = rules.find((r) => r.source === "/:path*" && !r.has)!;
    const map = new Map(always.headers.map((h) => [h.key, h.value]));
    expect(map.get("x-content-type-options")).toBe("nosniff");
    expect(map.get("referrer-policy")).toBe("same-origin");
    expect(map.get("permissions-policy")).toMatch(/camera=\(\)/);
    expect(map.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(map.get("x-frame-options")).toBe("DENY");
    expect(map.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(map.has("strict-transport-security")).toBe(false);
  });

  it("sends HSTS only when the proxy in front says the browser came over HTTPS", async () => {
    const rules = (await nextConfig.headers!()) as Rule[];
    const hsts = rules.find((r) => r.headers.some((h) => h.key === "strict-transport-security"))!;
    const [condition] = hsts.has!;
    expect(condition).toMatchObject({ type: "header", key: "x-forwarded-proto" });
    // Next.js anchors a `has` value as a regular expression.
    const matches = (value: string) => new RegExp(`^${condition.value}$`).test(value);
    expect(["https", "https, http"].map(matches)).toEqual([true, true]);
    expect(["http", "http, https", "httpsx"].map(matches)).toEqual([false, false, false]);
  });
});
