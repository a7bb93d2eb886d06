import { afterEach, describe, expect, it, vi } from "vitest";
import { crossSiteReason } from "@/lib/http/csrf";

const request = (method: string, headers: Record<string, string> = {}, url = "http://cfp.local:3000/api/v1/projects") =>
  new Request(url, { method, headers });
const refused = (method: string, headers: Record<string, string> = {}, url?: string) => crossSiteReason(request(method, headers, url)) !== null;

afterEach(() => vi.unstubAllEnvs());

describe("cross-site request rule", () => {
  it("never refuses reading methods, whoever sent them", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(refused(method, { "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toBe(false);
  });

  it("lets Sec-Fetch-Site decide when the browser sends it", () => {
    expect(refused("POST", { "sec-fetch-site": "same-origin", origin: "https://public.example" })).toBe(false);
    expect(refused("DELETE", { "sec-fetch-site": "none" })).toBe(false);
    expect(refused("POST", { "sec-fetch-site": "cross-site", origin: "http://cfp.local:3000" })).toBe(true);
    expect(refused("PATCH", { "sec-fetch-site": "same-site" })).toBe(true);
  });

  it("otherwise compares the Origin's host with ours: forwarded host, Host, the configured public URL", () => {
    expect(refused("POST", { origin: "http://cfp.local:3000" })).toBe(false);
    expect(refused("POST", { origin: "https://cfp.example.gov.cn", "x-forwarded-host": "cfp.example.gov.cn" })).toBe(false);
    expect(refused("POST", { origin: "https://evil.example" })).toBe(true);
    expect(refused("POST", { origin: "null" })).toBe(true);
    expect(refused("PUT", { origin: "http://cfp.local:4000" })).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "https://cfp.example.gov.cn");
    expect(refused("POST", { origin: "https://cfp.example.gov.cn" }, "http://127.0.0.1:3000/api/v1/projects")).toBe(false);
  });

  it("falls back to the Referer, and lets a request with none of them through (not sent by a page)", () => {
    expect(refused("POST", { referer: "http://cfp.local:3000/projects/new" })).toBe(false);
    expect(refused("POST", { referer: "https://evil.example/page" })).toBe(true);
    expect(refused("POST", { cookie: "next-auth.session-token=x" })).toBe(false);
  });
});
