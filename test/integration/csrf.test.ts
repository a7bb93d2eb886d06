import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getProjects, postProject } from "@/lib/http/endpoints/projects";
import { getMe } from "@/lib/http/endpoints/system";
import { apiRequest, removeProjects, sessionCookie } from "../support/actors";

const noParams = { params: Promise.resolve({}) };
const NAME = `跨站测试项目${Date.now() % 100000}`;
const created: number[] = [];
afterAll(() => removeProjects(created));

async function projectBody() {
  const [region, category, owner] = await Promise.all([
    db.region.findUniqueOrThrow({ where: { code: "430304" } }),
    db.category.findUniqueOrThrow({ where: { code: "A01" } }),
    db.user.findUniqueOrThrow({ where: { username: "owner" } }),
  ]);
  return JSON.stringify({ name: NAME, regionId: region.id, categoryId: category.id, ownerOrgId: owner.organizationId, totalInvestment: "100万", stage: "PREPARATION" });
}

/** A create-project POST from the staff user's browser, with the headers the browser would add. */
async function createFrom(headers: Record<string, string>) {
  return postProject(apiRequest("/api/v1/projects", {
    method: "POST", cookie: await sessionCookie("staff"), body: await projectBody(), headers: { "content-type": "application/json", ...headers },
  }), noParams);
}

describe("cross-site request forgery through the API wrapper", () => {
  it("refuses a POST another site makes the signed-in user's browser send: 403, the error envelope, nothing written", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const forged: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { origin: "https://evil.example" }, // a browser without Sec-Fetch-Site
      { origin: "null" }, // from a sandboxed frame
      { referer: "https://evil.example/form.html" }, // neither of the above
    ];
    for (const headers of forged) {
      const res = await createFrom(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(await res.json()).toEqual({ error: { code: "FORBIDDEN", message: "已拒绝来自其他网站的请求：请在本系统的页面中操作。", details: null } });
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(await db.project.count({ where: { name: NAME } })).toBe(0);
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });

  it("accepts the same POST from the application's own page, and from a program that sends no browser headers", async () => {
    const own: Record<string, string>[] = [{ "sec-fetch-site": "same-origin", origin: "http://localhost" }, { origin: "http://localhost" }, {}];
    for (const headers of own) {
      const res = await createFrom(headers);
      expect(res.status, JSON.stringify(headers)).toBe(201);
      created.push((await res.json()).id);
    }
    expect(await db.project.count({ where: { name: NAME } })).toBe(3);
  });

  it("answers reads whoever asks: a cross-site GET changes nothing and the browser keeps the answer from the other site", async () => {
    const res = await getMe(apiRequest("/api/v1/me", { cookie: await sessionCookie("leader"), headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } }), noParams);
    expect(res.status).toBe(200);
    expect((await res.json()).username).toBe("leader");
  });

  it("puts the API headers on every answer: never cached, never sniffed, never framed", async () => {
    const res = await getProjects(apiRequest("/api/v1/projects?pageSize=1", { cookie: await sessionCookie("staff") }), noParams);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
