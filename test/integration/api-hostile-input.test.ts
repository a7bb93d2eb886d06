// Inputs the API fuzz test (fuzz.test.ts) found answered with a 500: each is now invalid input,
// answered 400 with the error envelope, on either engine.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getProblems } from "@/lib/http/endpoints/dispatch";
import { getFinancing, postInstitution, postProduct } from "@/lib/http/endpoints/finance";
import { getPushes, postNotificationsRead, postPushes } from "@/lib/http/endpoints/matching";
import { getExport, getProject, getProjects, patchProject } from "@/lib/http/endpoints/projects";
import type { RouteHandler } from "@/lib/http/endpoint";
import { apiRequest, sessionCookie } from "../support/actors";

let admin = "";
let project = { id: 0, version: 0 };

beforeAll(async () => {
  admin = await sessionCookie("admin");
  project = await db.project.findFirstOrThrow({ where: { reviewStatus: "IN_LIBRARY" }, select: { id: true, version: true }, orderBy: { id: "asc" } });
});

async function call(handler: RouteHandler, path: string, init: { method?: string; body?: unknown; params?: Record<string, string> } = {}) {
  const request = apiRequest(path, {
    cookie: admin, method: init.method ?? "GET",
    ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body), headers: { "content-type": "application/json" } }),
  });
  const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    const res = await handler(request, { params: Promise.resolve(init.params ?? {}) });
    return { status: res.status, body: await res.json() };
  } finally {
    log.mockRestore();
  }
}

const refused = { status: 400, body: { error: expect.objectContaining({ code: "VALIDATION" }) } };

describe("ids and versions beyond the database's 32-bit integers", () => {
  // PostgreSQL refused such a number inside the query (Prisma P2020), and the API answered 500.
  const TOO_BIG = "2147483648";

  it("are refused in a path", async () => {
    expect(await call(getProject, `/api/v1/projects/${TOO_BIG}`, { params: { id: TOO_BIG } })).toMatchObject(refused);
    expect(await call(getProject, "/api/v1/projects/99999999999", { params: { id: "99999999999" } })).toMatchObject(refused);
    // The largest id the database can hold is still an id: it just names nothing.
    expect((await call(getProject, "/api/v1/projects/2147483647", { params: { id: "2147483647" } })).status).toBe(404);
  });

  it("are refused in a query", async () => {
    expect(await call(getPushes, "/api/v1/pushes?institutionId=99999999999")).toMatchObject(refused);
    expect(await call(getFinancing, `/api/v1/financing?projectId=${TOO_BIG}`)).toMatchObject(refused);
  });

  it("are refused in a body, as a version or in a list of ids", async () => {
    const id = String(project.id);
    expect(await call(patchProject, `/api/v1/projects/${id}`, { method: "PATCH", params: { id }, body: { version: Number(TOO_BIG), name: "改名不会生效" } })).toMatchObject(refused);
    expect(await call(postNotificationsRead, "/api/v1/notifications/read", { method: "POST", body: { ids: [Number(TOO_BIG)] } })).toMatchObject(refused);
    expect(await call(postPushes, "/api/v1/pushes", { method: "POST", body: { projectId: project.id, institutionIds: [TOO_BIG] } })).toMatchObject(refused);
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { version: true } })).toEqual({ version: project.version });
  });
});

describe("a list of ids nested deep in arrays", () => {
  // Number() on the nested array recursed through it until the stack overflowed: a 500.
  const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;

  it("is refused, not a stack overflow", async () => {
    expect(await call(postNotificationsRead, "/api/v1/notifications/read", { method: "POST", body: `{"ids": [${deep}]}` })).toMatchObject(refused);
    expect(await call(postPushes, "/api/v1/pushes", { method: "POST", body: `{"projectId": ${project.id}, "institutionIds": [${deep}]}` })).toMatchObject(refused);
    const product = `{"name": "嵌套数组产品", "instrument": "GREEN_LOAN", "categoryIds": [${deep}]}`;
    expect(await call(postProduct, "/api/v1/products", { method: "POST", body: product })).toMatchObject(refused);
  });

  it("does not pass a nested id as a plain one", async () => {
    expect(await call(postNotificationsRead, "/api/v1/notifications/read", { method: "POST", body: { ids: [["7"]] } })).toMatchObject(refused);
  });
});

describe("a NUL character (U+0000) in any text", () => {
  // PostgreSQL text cannot hold one and refused the query (a 500); SQLite took it. Now refused on both.
  const nul = { status: 400, body: { error: expect.objectContaining({ code: "VALIDATION", details: { fields: [expect.objectContaining({ message: expect.stringContaining("U+0000") })] } }) } };

  it("is refused in a search or filter", async () => {
    expect(await call(getProjects, "/api/v1/projects?q=%00")).toMatchObject(nul);
    expect(await call(getExport, "/api/v1/projects/export?q=%E5%90%8D%00")).toMatchObject(nul);
    expect(await call(getProblems, "/api/v1/problems?department=a%00b")).toMatchObject(nul);
  });

  it("is refused in a body, in a value or a key, before anything is looked up or written", async () => {
    const before = await db.organization.count();
    expect(await call(postInstitution, "/api/v1/institutions", { method: "POST", body: { name: "空字符\u0000银行", kind: "BANK" } })).toMatchObject(nul);
    expect(await call(postInstitution, "/api/v1/institutions", { method: "POST", body: { name: "空字符银行", kind: "BANK", "x\u0000": 1 } })).toMatchObject(nul);
    expect(await db.organization.count()).toBe(before);
  });

  it("leaves other unusual text alone", async () => {
    expect((await call(getProjects, `/api/v1/projects?q=${encodeURIComponent("名称%_\\ 🌱 \u202e")}`)).status).toBe(200);
  });
});
