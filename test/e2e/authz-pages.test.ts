// The authorization matrix over every page: each of seven principals requests each page route of
// the running production server (redirects not followed) and must get what
// test/support/authz-matrix.ts says: 200, 307 to /login, 403, 404, or 307 to the role's home.
// Signing in goes through next-auth's credentials endpoint, as the sign-in form does; [id]
// segments are filled with records found through the API, as each principal sees them.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { HOME, PAGES, PRINCIPALS, expected, pageRoutes, type Principal } from "../support/authz-matrix";

const baseUrl = inject("baseUrl");
type User = Exclude<Principal, "anonymous">;
const USERS = PRINCIPALS.filter((p): p is User => p !== "anonymous");

/** A session cookie from a real sign-in with the demo password. */
async function signIn(username: User): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, username, password: "Demo#2025", json: "true", callbackUrl: `${baseUrl}/` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  return session.split(";")[0];
}

const cookies = {} as Record<User, string>;

async function api<T>(who: User, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: cookies[who] } });
  if (!res.ok) throw new Error(`${path} as ${who}: ${res.status}`);
  return (await res.json()) as T;
}

/** The ids the [id] routes are requested with. */
const ids = {} as { project: number; product: number; subProject: number; institution: number; user: number };

const ROUTE_IDS: Record<string, () => number> = {
  "/bank/projects/[id]": () => ids.project,
  "/projects/[id]": () => ids.project,
  "/projects/[id]/edit": () => ids.project,
  "/climate/projects/[id]": () => ids.project,
  "/finance/products/[id]/edit": () => ids.product,
  "/adb/[id]": () => ids.subProject,
  "/admin/institutions/[id]": () => ids.institution,
  "/admin/users/[id]": () => ids.user,
};

function urlOf(route: string): string {
  if (!route.includes("[")) return route;
  const id = ROUTE_IDS[route];
  if (!id) throw new Error(`${route}: no record chosen for its [id] (add it to ROUTE_IDS)`);
  return route.replace("[id]", String(id()));
}

/** What a principal gets from a page, as a cell of the matrix. */
async function visit(route: string, who: Principal): Promise<string> {
  const res = await fetch(`${baseUrl}${urlOf(route)}`, { redirect: "manual", headers: who === "anonymous" ? {} : { cookie: cookies[who] } });
  await res.arrayBuffer();
  const to = res.headers.get("location");
  if (res.status === 307 && to) {
    const path = new URL(to, baseUrl).pathname;
    if (path === "/login" && who === "anonymous") return "A";
    if (who !== "anonymous" && path === HOME[who]) return "H";
    return `307 → ${path}`;
  }
  return ({ 200: "Y", 403: "F", 404: "N" } as Record<number, string>)[res.status] ?? `${res.status}`;
}

/** Runs the tasks with at most `n` at a time. */
async function pool<T>(tasks: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  }));
  return out;
}

const got = new Map<string, string>();

beforeAll(async () => {
  for (const u of USERS) cookies[u] = await signIn(u);
  type Page = { items: { id: number; reviewStatus: string }[] };
  const projectIds = async (who: User) => new Set((await api<Page>(who, "/api/v1/projects?pageSize=200")).items.filter((p) => p.reviewStatus === "IN_LIBRARY").map((p) => p.id));
  const [own, bank1, bank2] = await Promise.all([projectIds("owner"), projectIds("bank1"), projectIds("bank2")]);
  // P: the owner's project in the library that bank1 finds and bank2 does not.
  const project = [...own].filter((id) => bank1.has(id) && !bank2.has(id)).sort((a, b) => a - b)[0];
  if (!project) throw new Error("demo data: no project of the owner's matched or pushed to bank1 only");
  const me = await api<{ id: number; organization: { id: number } }>("bank1", "/api/v1/me");
  const [products, adb] = await Promise.all([
    api<{ id: number; institution: { id: number } }[]>("bank1", "/api/v1/products"),
    api<{ subProjects: { id: number }[] }>("staff", "/api/v1/adb"),
  ]);
  Object.assign(ids, {
    project,
    product: products.find((p) => p.institution.id === me.organization.id)!.id,
    subProject: adb.subProjects[0].id,
    institution: me.organization.id,
    user: me.id,
  });
  const cells = Object.keys(PAGES).flatMap((route) => PRINCIPALS.map((who) => ({ route, who })));
  const answers = await pool(cells.map(({ route, who }) => () => visit(route, who)), 4);
  cells.forEach(({ route, who }, i) => got.set(`${route} ${who}`, answers[i]));
}, 180_000);

describe("authorization matrix: pages", () => {
  it("names every app/**/page.tsx route, and nothing else", () => {
    expect(Object.keys(PAGES).sort()).toEqual(pageRoutes());
  });

  for (const [route, row] of Object.entries(PAGES)) {
    it(route, () => {
      const actual = Object.fromEntries(PRINCIPALS.map((who) => [who, got.get(`${route} ${who}`)]));
      expect(actual, route).toEqual(Object.fromEntries(PRINCIPALS.map((who) => [who, expected(row, who)])));
    });
  }
});
