import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { getOpenApi, ALL_ENDPOINTS } from "@/lib/http/endpoints";
import { getProducts } from "@/lib/http/endpoints/finance";
import { getSummary } from "@/lib/http/endpoints/library";
import { getPushes } from "@/lib/http/endpoints/matching";
import { getProject, getProjects } from "@/lib/http/endpoints/projects";
import { db } from "@/lib/db/client";
import { getHealth, getMe } from "@/lib/http/endpoints/system";
import { apiRequest, sessionCookie } from "../support/actors";

const noParams = { params: Promise.resolve({}) };

describe("API base", () => {
  it("GET /api/health reports the database, its provider and the version", async () => {
    const res = await getHealth(apiRequest("/api/health"), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
    expect(body.database.provider).toBe(process.env.DATABASE_URL!.startsWith("file:") ? "sqlite" : "postgresql");
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("answers 401 with the error envelope when nobody is signed in", async () => {
    const res = await getMe(apiRequest("/api/v1/me"), noParams);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "UNAUTHORIZED", message: expect.any(String), details: null } });
  });

  it("answers 401 for a signed cookie without a server-side session", async () => {
    const { encode } = await import("next-auth/jwt");
    const staff = await db.user.findUniqueOrThrow({ where: { username: "staff" } });
    for (const sid of [undefined, "no-such-session"]) {
      const cookie = `next-auth.session-token=${await encode({ token: { uid: staff.id, sid }, secret: process.env.NEXTAUTH_SECRET! })}`;
      expect((await getMe(apiRequest("/api/v1/me", { cookie }), noParams)).status).toBe(401);
    }
  });

  it("answers 401 for a forged session cookie", async () => {
    const res = await getMe(apiRequest("/api/v1/me", { cookie: "next-auth.session-token=forged" }), noParams);
    expect(res.status).toBe(401);
  });

  it("stops a session at once when its account is disabled", async () => {
    const staff = await db.user.findUniqueOrThrow({ where: { username: "staff" } });
    const user = await db.user.create({ data: { username: `to-disable-${Date.now()}`, displayName: "将停用", role: "LEADER", passwordHash: staff.passwordHash } });
    const cookie = await sessionCookie(user.username);
    expect((await getMe(apiRequest("/api/v1/me", { cookie }), noParams)).status).toBe(200);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await getMe(apiRequest("/api/v1/me", { cookie }), noParams)).status).toBe(401);
  });

  it("answers 403 when the role may not, 200 when it may", async () => {
    const bank = await sessionCookie("bank1");
    expect((await getSummary(apiRequest("/api/v1/summary", { cookie: bank }), noParams)).status).toBe(403);
    const leader = await sessionCookie("leader");
    const res = await getSummary(apiRequest("/api/v1/summary", { cookie: leader }), noParams);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.projectsInLibrary).toBe(86);
    expect(body.adb.allocation).toBe("1046570000");
    expect(body.green.amount).toBe("2200000000");
  });

  it("answers 400 with field details for invalid input", async () => {
    const res = await getProjects(apiRequest("/api/v1/projects?pageSize=abc", { cookie: await sessionCookie("staff") }), noParams);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.details.fields[0].path).toBe("pageSize");
  });

  it("scopes lists to the caller: a bank's pushes and products are its own", async () => {
    const bank2 = await sessionCookie("bank2");
    const pushes = (await (await getPushes(apiRequest("/api/v1/pushes?pageSize=200&institutionId=1", { cookie: bank2 }), noParams)).json()).items;
    const products = await (await getProducts(apiRequest("/api/v1/products", { cookie: bank2 }), noParams)).json();
    const me = await (await getMe(apiRequest("/api/v1/me", { cookie: bank2 }), noParams)).json();
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((p: { institution: { name: string } }) => p.institution.name === me.organization.name)).toBe(true);
    expect(products.every((p: { institution: { name: string } }) => p.institution.name === me.organization.name)).toBe(true);
    expect(me.permissions).toContain("push.respond");
    expect(me.permissions).not.toContain("dashboard.read");
  });

  it("answers 404 for a project outside the caller's scope, so ids do not leak", async () => {
    const bank1 = await db.user.findUniqueOrThrow({ where: { username: "bank1" } });
    const bank2 = await db.user.findUniqueOrThrow({ where: { username: "bank2" } });
    const onlyBank1 = await db.project.findFirstOrThrow({
      where: {
        OR: [{ pushes: { some: { institutionId: bank1.organizationId! } } }, { matches: { some: { eligible: true, product: { institutionId: bank1.organizationId! } } } }],
        pushes: { none: { institutionId: bank2.organizationId! } },
        matches: { none: { product: { institutionId: bank2.organizationId! } } },
      },
    });
    const get = async (who: "bank1" | "bank2" | "staff" | "owner", id: string) =>
      getProject(apiRequest(`/api/v1/projects/${id}`, { cookie: await sessionCookie(who) }), { params: Promise.resolve({ id }) });
    const mine = await get("bank1", String(onlyBank1.id));
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({ code: onlyBank1.code, version: onlyBank1.version });
    const theirs = await get("bank2", String(onlyBank1.id));
    expect(theirs.status).toBe(404);
    expect((await theirs.json()).error.code).toBe("NOT_FOUND");
    const owner = await db.user.findUniqueOrThrow({ where: { username: "owner" } });
    expect((await get("owner", String(onlyBank1.id))).status).toBe(onlyBank1.ownerOrgId === owner.organizationId ? 200 : 404);
    expect((await get("staff", String(onlyBank1.id))).status).toBe(200);
    expect((await get("staff", "999999")).status).toBe(404);
    expect((await get("staff", "abc")).status).toBe(400);
  });

  it("serves an OpenAPI 3.1 document listing every endpoint", async () => {
    const doc = await (await getOpenApi(apiRequest("/api/v1/openapi.json"), noParams)).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const h of ALL_ENDPOINTS) expect(doc.paths[h.endpoint.path]?.[h.endpoint.method.toLowerCase()], h.endpoint.path).toBeDefined();
    const list = doc.paths["/api/v1/projects"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["page", "pageSize", "q"]));
    expect(list.responses["401"]).toBeDefined();
    expect(doc.paths["/api/v1/projects/{id}"].get.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
  });
});

describe("response schemas", () => {
  it("an answer that does not match the endpoint's declared schema fails loudly outside production", async () => {
    const { publicEndpoint } = await import("@/lib/http/endpoint");
    const { z } = await import("zod");
    const lying = publicEndpoint({ method: "GET", path: "/api/v1/x", summary: "x", tags: [], response: z.object({ amount: z.string() }) }, async () => ({ amount: 1 }));
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await lying(apiRequest("/api/v1/x"), noParams)).status).toBe(500);
    log.mockRestore();
  });
});

describe("route files and the endpoint registry", () => {
  const apiDir = join(process.cwd(), "app", "api");
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? routeFiles(p) : name === "route.ts" ? [p] : [];
    });

  it("every route under app/api (but next-auth's) serves a registered endpoint at its own path", async () => {
    const registered = new Map(ALL_ENDPOINTS.map((h) => [`${h.endpoint.method} ${h.endpoint.path}`, h]));
    const served = new Set<string>();
    for (const file of routeFiles(apiDir)) {
      const path = "/api/" + relative(apiDir, file).replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
      if (path.startsWith("/api/auth/")) continue;
      const mod = await import(file);
      const methods = Object.keys(mod).filter((k) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(k));
      expect(methods.length, file).toBeGreaterThan(0);
      for (const method of methods) {
        const key = `${method} ${path}`;
        expect(registered.get(key), `${key} is not in lib/http/endpoints`).toBe(mod[method]);
        served.add(key);
      }
      expect(readFileSync(file, "utf8")).not.toMatch(/prisma|@\/lib\/db/);
    }
    expect([...registered.keys()].filter((k) => !served.has(k))).toEqual([]);
  });
});
