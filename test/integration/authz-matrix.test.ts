// The authorization matrix over every API endpoint and server action (the pages are checked over
// HTTP by test/e2e/authz-pages.test.ts): each of seven principals calls each one and must get the
// answer test/support/authz-matrix.ts gives. Writes are probed with input that fails after
// authorization (a stale version, a duplicate, a bad reference), so that an allowed principal
// is answered 400/409 and the demo data stay as seeded.
//
// Server actions run outside Next.js here: the signed-in actor is supplied through
// currentActor/currentSession, and next/headers, next/cache and next/navigation are stood in for.
// The database is the real one.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { ALL_ENDPOINTS } from "@/lib/http/endpoints";
import type { RouteHandler } from "@/lib/http/endpoint";
import { createProject } from "@/lib/services/projects/write";
import { actorOf, apiRequest, removeProjects, sessionCookie, type DemoUser } from "../support/actors";
import { ACTIONS, ENDPOINTS, PAGES, PRINCIPALS, expected, pageRoutes, serverActionModules, type Principal } from "../support/authz-matrix";
import { projectWorkbook } from "../support/xlsx";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null, caught: undefined as unknown }));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "10.9.8.7" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  // A redirect after a successful write: the action got past authorization.
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect to ${to}`), { redirectTo: to });
  },
  notFound: () => {
    throw new Error("notFound() in a server action");
  },
  forbidden: () => {
    throw new Error("forbidden() in a server action");
  },
}));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  currentActor: async () => signedIn.actor,
  currentSession: async () => (signedIn.actor ? { actor: signedIn.actor, sessionId: "authz-matrix" } : null),
}));
// Every refusal an action hands back passes through formStateOf: keep the error it was given,
// so the test sees a ForbiddenError as such and not only its message.
vi.mock("@/lib/forms/action-state", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/forms/action-state")>();
  return {
    ...real,
    formStateOf: (error: unknown, values?: Record<string, string>) => {
      signedIn.caught = error;
      return real.formStateOf(error, values);
    },
  };
});

const USERS = PRINCIPALS.filter((p): p is DemoUser => p !== "anonymous");
const STALE = "999999";

/** Records from the demo data (and a few the test adds) that the probes act on. */
interface Fixtures {
  org: { bank1: number; bank2: number; bank2Name: string; owner: number };
  userIds: Record<DemoUser, number>;
  /** P: in the library, the owner's, matched or pushed to bank1 and not to bank2. */
  project: number;
  /** D: a draft of the owner's organization, made by this test. */
  draft: number;
  district: number;
  category: number;
  /** R: a financing record of bank1's, on a project of another owner. */
  financing: number;
  push: number;
  product: number;
  subProject: number;
  package: number;
  closedProblem: number;
  filed: { projectId: number; year: number; month: number };
  /** A report of a project other than P: naming it with P is refused after authorization. */
  otherReport: number;
  factorKey: string;
  freshCategory: number;
  adminToken: number;
  template: Uint8Array;
}

const f = {} as Fixtures;
const cookies = {} as Record<DemoUser, string>;
const actors = {} as Record<DemoUser, Actor>;

/** Projects a bank finds: pushed to it, or matched with one of its products. */
const visibleTo = (institutionId: number) => ({
  OR: [{ pushes: { some: { institutionId } } }, { matches: { some: { eligible: true, product: { institutionId } } } }],
});
const hiddenFrom = (institutionId: number) => ({
  pushes: { none: { institutionId } },
  matches: { none: { eligible: true, product: { institutionId } } },
});

/**
 * What the probes must leave as it was: counts, sums and versions of everything they aim at
 * (versions move on with every accepted write, even one that changes nothing visible).
 */
async function demoFigures() {
  const [projects, financing, pushes, answers, problems, reports, products, subProjects, packages, disbursements, milestones, users, institutions,
    categories, factors, matches, unread, tokens] = await Promise.all([
    db.project.aggregate({ _count: { _all: true }, _sum: { version: true, securedAmount: true } }),
    db.financingRecord.aggregate({ _count: { _all: true }, _sum: { version: true, amount: true } }),
    db.push.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.pushResponse.count(),
    db.problem.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.progressReport.count(),
    db.financeProduct.aggregate({ _count: { _all: true }, _sum: { version: true } }),
    db.adbSubProject.aggregate({ _sum: { version: true } }),
    db.procurementPackage.count(),
    db.adbDisbursement.count(),
    db.adbMilestone.count(),
    db.user.aggregate({ _count: { _all: true }, _sum: { version: true } }),
    db.organization.count(),
    db.category.groupBy({ by: ["retired"], where: { id: { not: f.freshCategory } }, _count: { _all: true }, orderBy: { retired: "asc" } }),
    db.emissionFactor.count(),
    db.match.aggregate({ where: { eligible: true }, _count: { _all: true }, _sum: { score: true } }),
    db.notification.count({ where: { readAt: null } }),
    db.apiToken.count({ where: { revokedAt: null } }),
  ]);
  return JSON.parse(JSON.stringify({ projects, financing, pushes, answers, problems, reports, products, subProjects, packages, disbursements, milestones, users,
    institutions, categories, factors, matches, unread, tokens }, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
}
let before: unknown;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  for (const u of USERS) {
    actors[u] = await actorOf(u);
    cookies[u] = await sessionCookie(u);
  }
  const bank1 = actors.bank1.organizationId!, bank2 = actors.bank2.organizationId!, owner = actors.owner.organizationId!;
  const bank2Org = await db.organization.findUniqueOrThrow({ where: { id: bank2 } });
  f.org = { bank1, bank2, bank2Name: bank2Org.name, owner };
  f.userIds = Object.fromEntries(USERS.map((u) => [u, actors[u].id])) as Record<DemoUser, number>;

  const p = await db.project.findFirstOrThrow({
    where: { AND: [{ ownerOrgId: owner, reviewStatus: "IN_LIBRARY", highEmission: false }, visibleTo(bank1), hiddenFrom(bank2)] },
    orderBy: { id: "asc" },
  });
  f.project = p.id;
  f.district = (await db.region.findFirstOrThrow({ where: { level: "DISTRICT", retired: false }, orderBy: { id: "asc" } })).id;
  f.category = (await db.category.findFirstOrThrow({ where: { retired: false, projects: { some: {} } }, orderBy: { id: "asc" } })).id;
  f.financing = (await db.financingRecord.findFirstOrThrow({
    where: { institutionId: bank1, project: { AND: [visibleTo(bank1), { ownerOrgId: { not: owner } }] } },
    orderBy: { id: "asc" },
  })).id;
  f.push = (await db.push.findFirstOrThrow({ where: { institutionId: bank1 }, orderBy: { id: "asc" } })).id;
  f.product = (await db.financeProduct.findFirstOrThrow({ where: { institutionId: bank1 }, orderBy: { id: "asc" } })).id;
  const pkg = await db.procurementPackage.findFirstOrThrow({ orderBy: { id: "asc" } });
  f.subProject = pkg.subProjectId;
  f.package = pkg.id;
  f.closedProblem = (await db.problem.findFirstOrThrow({ where: { status: "CLOSED" }, orderBy: { id: "asc" } })).id;
  const filed = await db.progressReport.findFirstOrThrow({
    where: { project: { ownerOrgId: owner, reviewStatus: "IN_LIBRARY" } },
    orderBy: [{ year: "desc" }, { month: "desc" }, { id: "asc" }],
  });
  f.filed = { projectId: filed.projectId, year: filed.year, month: filed.month };
  f.otherReport = (await db.progressReport.findFirstOrThrow({ where: { projectId: { not: p.id } }, orderBy: { id: "asc" } })).id;
  f.factorKey = (await db.emissionFactor.findFirstOrThrow({ where: { supersededAt: null }, orderBy: { id: "asc" } })).key;

  const tag = `${process.pid}${Date.now() % 100_000}`;
  f.draft = (await createProject(actors.owner, {
    name: `权限矩阵草稿${tag}`, regionId: f.district, categoryId: f.category, totalInvestment: "100", stage: "PREPARATION",
  })).id;
  f.freshCategory = (await db.category.create({ data: { code: `AZ${tag}`.slice(0, 20), name: `权限矩阵类别${tag}`, family: "MITIGATION", sortKey: 9_999 } })).id;
  const now = new Date();
  f.adminToken = (await db.apiToken.create({
    data: {
      userId: actors.admin.id, name: "权限矩阵", prefix: "cfp_authz", tokenHash: randomBytes(32).toString("hex"),
      createdAt: now, expiresAt: new Date(now.getTime() + 86_400_000), revokedAt: now,
    },
  })).id;
  f.template = await projectWorkbook([]);
  before = await demoFigures();
});

afterAll(async () => {
  await removeProjects([f.draft].filter(Boolean));
  if (f.freshCategory) await db.category.deleteMany({ where: { id: f.freshCategory } });
  if (f.adminToken) await db.apiToken.deleteMany({ where: { id: f.adminToken } });
});

// ——— API endpoints ———

interface EndpointProbe {
  params?: () => Record<string, string | number>;
  query?: () => string;
  /** A JSON body. */
  body?: () => unknown;
  /** A multipart upload. */
  upload?: () => FormData;
  /** The status an allowed principal gets with this input. */
  ok: number;
}

const GET: EndpointProbe = { ok: 200 };

const ENDPOINT_PROBES: Record<string, EndpointProbe> = {
  "GET /api/health": GET,
  "GET /api/v1/openapi.json": GET,
  "GET /api/v1/me": GET,
  "GET /api/v1/summary": GET,
  "GET /api/v1/projects": GET,
  "POST /api/v1/projects": {
    body: () => ({ name: "权限矩阵项目", ownerOrgId: f.org.owner, regionId: f.district, categoryId: 999_999, totalInvestment: "100", stage: "PREPARATION" }),
    ok: 400,
  },
  "GET /api/v1/projects/{id}": { params: () => ({ id: f.project }), ok: 200 },
  "PATCH /api/v1/projects/{id}": { params: () => ({ id: f.draft }), body: () => ({ version: Number(STALE), name: "权限矩阵改名" }), ok: 409 },
  "POST /api/v1/projects/{id}/transitions": { params: () => ({ id: f.draft }), body: () => ({ transition: "submit", version: Number(STALE) }), ok: 409 },
  "GET /api/v1/projects/import/template": GET,
  "POST /api/v1/projects/import": {
    query: () => "dryRun=true",
    upload: () => {
      const form = new FormData();
      form.set("file", new Blob([f.template as Uint8Array<ArrayBuffer>]), "项目.xlsx");
      return form;
    },
    ok: 200,
  },
  "GET /api/v1/projects/export": GET,
  "GET /api/v1/institutions": GET,
  "POST /api/v1/institutions": { body: () => ({ name: f.org.bank2Name, kind: "BANK" }), ok: 400 },
  "PATCH /api/v1/institutions/{id}": { params: () => ({ id: f.org.bank1 }), body: () => ({ name: f.org.bank2Name }), ok: 400 },
  "GET /api/v1/products": GET,
  "GET /api/v1/products/{id}": { params: () => ({ id: f.product }), ok: 200 },
  "POST /api/v1/products": {
    body: () => ({ name: "权限矩阵产品", instrument: "GREEN_LOAN", categoryIds: [999_999], institutionId: f.org.bank1 }),
    ok: 400,
  },
  "PATCH /api/v1/products/{id}": { params: () => ({ id: f.product }), body: () => ({ version: Number(STALE), name: "权限矩阵改名" }), ok: 409 },
  "GET /api/v1/financing": GET,
  "GET /api/v1/projects/{id}/financing": { params: () => ({ id: f.project }), ok: 200 },
  "POST /api/v1/projects/{id}/financing": {
    params: () => ({ id: f.project }),
    // A date after today is refused once the caller is known to be allowed.
    body: () => ({ institutionId: f.org.bank1, instrument: "GREEN_LOAN", amount: "100", date: inDays(30), status: "APPROVED" }),
    ok: 400,
  },
  "PATCH /api/v1/financing/{id}": { params: () => ({ id: f.financing }), body: () => ({ version: Number(STALE), note: "权限矩阵" }), ok: 409 },
  "DELETE /api/v1/financing/{id}": { params: () => ({ id: f.financing }), body: () => ({ version: Number(STALE), reason: "权限矩阵" }), ok: 409 },
  "GET /api/v1/adb": GET,
  "GET /api/v1/adb/sub-projects/{id}": { params: () => ({ id: f.subProject }), ok: 200 },
  "PUT /api/v1/adb/sub-projects/{id}/milestones/{kind}": {
    params: () => ({ id: f.subProject, kind: "FEASIBILITY_APPROVAL" }), body: () => ({ version: Number(STALE), note: "权限矩阵" }), ok: 409,
  },
  "POST /api/v1/adb/sub-projects/{id}/disbursements": {
    params: () => ({ id: f.subProject }), body: () => ({ version: Number(STALE), amount: "10", date: "2025-01-02" }), ok: 409,
  },
  "POST /api/v1/adb/sub-projects/{id}/packages": {
    params: () => ({ id: f.subProject }), body: () => ({ version: Number(STALE), code: "AUTHZ-1", name: "权限矩阵包", kind: "WORKS", estimateAmount: "100" }), ok: 409,
  },
  "PATCH /api/v1/adb/sub-projects/{id}/packages/{packageId}": {
    params: () => ({ id: f.subProject, packageId: f.package }), body: () => ({ version: Number(STALE), name: "权限矩阵包" }), ok: 409,
  },
  "GET /api/v1/reports": GET,
  "POST /api/v1/reports": {
    // That month is already filed for that project.
    body: () => ({ ...f.filed, investmentMonth: "10", physicalProgress: 50, narrative: "权限矩阵测试进展" }),
    ok: 409,
  },
  "GET /api/v1/reports/missing": GET,
  "GET /api/v1/problems": GET,
  "POST /api/v1/problems": {
    body: () => ({ projectId: f.project, reportId: f.otherReport, description: "权限矩阵测试问题", category: "OTHER", department: "测试部门", dueDate: inDays(30) }),
    ok: 400,
  },
  "POST /api/v1/problems/{id}/close": { params: () => ({ id: f.closedProblem }), body: () => ({ resolution: "权限矩阵销号" }), ok: 409 },
  "GET /api/v1/problems/export": GET,
  "POST /api/v1/benefits/calculate": { body: () => ({ type: "energy_saving", activity: { tce: 100 } }), ok: 201 },
  "GET /api/v1/factors": GET,
  "GET /api/v1/climate/portfolio": GET,
  "GET /api/v1/matches": GET,
  "GET /api/v1/pushes": GET,
  "POST /api/v1/pushes": { body: () => ({ projectId: f.project, institutionIds: [999_999] }), ok: 400 },
  // Declining without a reason is refused, whatever state the push is in.
  "POST /api/v1/pushes/{id}/responses": { params: () => ({ id: f.push }), body: () => ({ status: "DECLINED" }), ok: 400 },
  "GET /api/v1/notifications": GET,
  "POST /api/v1/notifications/read": { body: () => ({ ids: [999_999_999] }), ok: 201 },
  "GET /api/v1/dashboard/summary": GET,
  "GET /api/v1/dashboard/export": { query: () => "chart=byCategory", ok: 200 },
};

const endpointKey = (h: RouteHandler) => `${h.endpoint.method} ${h.endpoint.path}`;

/** What one principal gets from one endpoint, as a cell of the matrix. */
async function callEndpoint(handler: RouteHandler, probe: EndpointProbe, who: Principal): Promise<string> {
  const params = Object.fromEntries(Object.entries(probe.params?.() ?? {}).map(([k, v]) => [k, String(v)]));
  const path = handler.endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]) + (probe.query ? `?${probe.query()}` : "");
  const body = probe.upload ? probe.upload() : probe.body ? JSON.stringify(probe.body()) : undefined;
  const headers = probe.body ? { "content-type": "application/json" } : undefined;
  const request = apiRequest(path, { method: handler.endpoint.method, body, headers, cookie: who === "anonymous" ? undefined : cookies[who] });
  const res = await handler(request, { params: Promise.resolve(params) });
  if (res.status === probe.ok) return "Y";
  const cell = ({ 401: "A", 403: "F", 404: "N" } as Record<number, string>)[res.status];
  if (cell) return cell;
  const text = await res.text();
  return `${res.status} ${text.slice(0, 200)}`;
}

describe("authorization matrix: API endpoints", () => {
  it("names every endpoint in ALL_ENDPOINTS, and nothing else", () => {
    const inCode = ALL_ENDPOINTS.map(endpointKey).sort();
    expect(Object.keys(ENDPOINTS).sort()).toEqual(inCode);
    expect(Object.keys(ENDPOINT_PROBES).sort()).toEqual(inCode);
  });

  for (const handler of ALL_ENDPOINTS) {
    const key = endpointKey(handler);
    it(key, async () => {
      const probe = ENDPOINT_PROBES[key];
      const row = ENDPOINTS[key];
      if (!probe || !row) throw new Error(`${key} has no entry in the authorization matrix`);
      const got: string[] = [];
      for (const who of PRINCIPALS) got.push(await callEndpoint(handler, probe, who));
      expect(Object.fromEntries(PRINCIPALS.map((p, i) => [p, got[i]])), key).toEqual(Object.fromEntries(PRINCIPALS.map((p) => [p, expected(row, p)])));
    });
  }
});

// ——— server actions ———

interface ActionProbe {
  /** Arguments bound before (previous state, form data), e.g. the record's id. */
  args?: () => unknown[];
  form?: () => Record<string, string>;
  /** What an allowed principal gets: the action completed, or a refusal after authorization. */
  ok: "done" | 400 | 409;
}

const ACTION_PROBES: Record<string, ActionProbe> = {
  "(account)/account/actions.ts#changePasswordAction": { form: () => ({ current: "Demo#2025", next: "Matrix#2026a", confirm: "Matrix#2026b" }), ok: 400 },
  "(account)/account/actions.ts#createTokenAction": { form: () => ({ name: "" }), ok: 400 },
  // Already revoked: its owner's revoke is a no-op.
  "(account)/account/actions.ts#revokeTokenAction": { args: () => [f.adminToken], ok: "done" },
  "(inbox)/inbox/actions.ts#markReadAction": { form: () => ({ ids: "999999999" }), ok: "done" },
  "(library)/projects/actions.ts#createProjectAction": {
    form: () => ({ name: "权限矩阵项目", ownerOrgId: String(f.org.owner), regionId: String(f.district), categoryId: "999999", totalInvestment: "100", stage: "PREPARATION" }),
    ok: 400,
  },
  "(library)/projects/actions.ts#updateProjectAction": { args: () => [f.draft], form: () => ({ version: STALE, name: "权限矩阵改名" }), ok: 409 },
  "(library)/projects/actions.ts#transitionProjectAction": { args: () => [f.draft], form: () => ({ transition: "submit", version: STALE }), ok: 409 },
  "(library)/projects/actions.ts#recordFinancingAction": {
    args: () => [f.project],
    form: () => ({ institutionId: String(f.org.bank1), instrument: "GREEN_LOAN", amount: "100", date: inDays(30), status: "APPROVED" }),
    ok: 400,
  },
  "(library)/projects/actions.ts#updateFinancingAction": { args: () => [f.financing, f.project], form: () => ({ version: STALE, note: "权限矩阵" }), ok: 409 },
  "(library)/projects/actions.ts#withdrawFinancingAction": { args: () => [f.financing, f.project], form: () => ({ version: STALE, reason: "权限矩阵" }), ok: 409 },
  "(library)/projects/actions.ts#pushProjectAction": { args: () => [f.project], form: () => ({ institutionIds: "999999" }), ok: 400 },
  "(bank)/bank/actions.ts#answerPushAction": { args: () => [f.push, f.project], form: () => ({ status: "DECLINED" }), ok: 400 },
  "(finance)/finance/actions.ts#createProductAction": {
    form: () => ({ name: "权限矩阵产品", instrument: "GREEN_LOAN", categoryIds: "999999", institutionId: String(f.org.bank1) }),
    ok: 400,
  },
  "(finance)/finance/actions.ts#updateProductAction": { args: () => [f.product], form: () => ({ version: STALE, name: "权限矩阵改名", instrument: "GREEN_LOAN", categoryIds: String(f.category) }), ok: 409 },
  // Re-matching is deterministic: the matches come out as they were.
  "(matching)/matches/actions.ts#rematchAllAction": { ok: "done" },
  "(adb)/adb/actions.ts#recordMilestoneAction": { args: () => [f.subProject, "FEASIBILITY_APPROVAL"], form: () => ({ version: STALE, note: "权限矩阵" }), ok: 409 },
  "(adb)/adb/actions.ts#addDisbursementAction": { args: () => [f.subProject], form: () => ({ version: STALE, amount: "10", date: "2025-01-02" }), ok: 409 },
  "(adb)/adb/actions.ts#addPackageAction": {
    args: () => [f.subProject], form: () => ({ version: STALE, code: "AUTHZ-1", name: "权限矩阵包", kind: "WORKS", estimateAmount: "100" }), ok: 409,
  },
  "(adb)/adb/actions.ts#updatePackageAction": { args: () => [f.subProject, f.package], form: () => ({ version: STALE, name: "权限矩阵包" }), ok: 409 },
  "(dispatch)/dispatch/actions.ts#fileReportAction": {
    form: () => ({ projectId: String(f.filed.projectId), year: String(f.filed.year), month: String(f.filed.month), investmentMonth: "10", physicalProgress: "50", narrative: "权限矩阵测试进展" }),
    ok: 409,
  },
  "(dispatch)/dispatch/actions.ts#closeProblemAction": { args: () => [f.closedProblem], form: () => ({ resolution: "权限矩阵销号" }), ok: 409 },
  // Valid from before the current version: refused once the caller may manage factors.
  "(climate)/climate/actions.ts#createFactorVersionAction": {
    args: () => [f.factorKey], form: () => ({ value: "0.5", source: "权限矩阵来源", year: "2020", validFrom: "2000-01-01" }), ok: 400,
  },
  "(climate)/climate/actions.ts#recomputeAction": { args: () => ["authz.no-such-factor"], ok: 400 },
  "(climate)/climate/actions.ts#saveBenefitAction": {
    args: () => [f.draft], form: () => ({ version: STALE, lines: JSON.stringify([{ kind: "energy_saving", activity: { tce: 1 } }]) }), ok: 409,
  },
  "(admin)/admin/institutions/actions.ts#createInstitutionAction": { form: () => ({ name: f.org.bank2Name, kind: "BANK" }), ok: 400 },
  "(admin)/admin/institutions/actions.ts#updateInstitutionAction": { args: () => [f.org.bank1], form: () => ({ name: f.org.bank2Name }), ok: 400 },
  "(admin)/admin/reference/actions.ts#saveReferenceAction": { args: () => ["category", null], form: () => ({ code: "", name: "" }), ok: 400 },
  // A category the test made: the admin may retire it.
  "(admin)/admin/reference/actions.ts#retireReferenceAction": { args: () => ["category", f.freshCategory, true], ok: "done" },
  // A category in use cannot be deleted.
  "(admin)/admin/reference/actions.ts#deleteReferenceAction": { args: () => ["category", f.category], ok: 409 },
  "(admin)/admin/users/actions.ts#createUserAction": { form: () => ({ username: "1-not-a-name", password: "x" }), ok: 400 },
  "(admin)/admin/users/actions.ts#updateUserAction": {
    args: () => [f.userIds.bank1], form: () => ({ version: STALE, displayName: "权限矩阵", role: "BANK", organizationId: String(f.org.bank1) }), ok: 409,
  },
  "(admin)/admin/users/actions.ts#userSwitchAction": { args: () => [f.userIds.bank1, "disable"], form: () => ({ version: STALE }), ok: 409 },
};

type ServerAction = (...args: unknown[]) => Promise<{ ok?: boolean } | undefined>;

/** What one principal gets from one server action, as a cell of the matrix. */
async function callAction(action: ServerAction, probe: ActionProbe, who: Principal): Promise<string> {
  signedIn.actor = who === "anonymous" ? null : actors[who];
  signedIn.caught = undefined;
  const form = new FormData();
  for (const [k, v] of Object.entries(probe.form?.() ?? {})) form.append(k, v);
  let state: { ok?: boolean } | undefined;
  try {
    state = await action(...(probe.args?.() ?? []), {}, form);
  } catch (e) {
    if (e instanceof Error && "redirectTo" in e) return probe.ok === "done" ? "Y" : `redirected to ${String(e.redirectTo)}`;
    throw e;
  }
  const e = signedIn.caught;
  if (state?.ok && e === undefined) return probe.ok === "done" ? "Y" : "done";
  if (e instanceof UnauthorizedError) return "A";
  if (e instanceof ForbiddenError) return "F";
  if (e instanceof NotFoundError) return "N";
  if (e instanceof AppError) return e.status === probe.ok ? "Y" : `${e.status} ${e.message}`;
  return `unexpected: ${String(e)}`;
}

describe("authorization matrix: server actions", async () => {
  const { modules, inline } = serverActionModules();
  const exported = await Promise.all(modules.map(async (m) => {
    const mod = (await import(m.file)) as Record<string, unknown>;
    return Object.entries(mod).filter(([, v]) => typeof v === "function").map(([name, fn]) => ({ key: `${m.key}#${name}`, fn: fn as ServerAction }));
  }));
  const actions = exported.flat().sort((a, b) => a.key.localeCompare(b.key));

  it("names every exported function of every \"use server\" module, and nothing else", () => {
    expect(inline, "server actions defined inside components are not enumerated: move them to an actions module").toEqual([]);
    expect(modules.length).toBeGreaterThan(0);
    const inCode = actions.map((a) => a.key);
    expect(Object.keys(ACTIONS).sort()).toEqual(inCode);
    expect(Object.keys(ACTION_PROBES).sort()).toEqual(inCode);
  });

  for (const { key, fn } of actions) {
    it(key, async () => {
      const probe = ACTION_PROBES[key];
      const row = ACTIONS[key];
      if (!probe || !row) throw new Error(`${key} has no entry in the authorization matrix`);
      const got: string[] = [];
      for (const who of PRINCIPALS) got.push(await callAction(fn, probe, who));
      expect(Object.fromEntries(PRINCIPALS.map((p, i) => [p, got[i]])), key).toEqual(Object.fromEntries(PRINCIPALS.map((p) => [p, expected(row, p)])));
    });
  }
});

describe("authorization matrix: pages", () => {
  it("names every app/**/page.tsx route, and nothing else (the answers are checked over HTTP in the e2e suite)", () => {
    expect(Object.keys(PAGES).sort()).toEqual(pageRoutes());
  });
});

// A 200 on a list says nothing about what is in it: the second bank and the owner must find none
// of what the matrix says they cannot open.
describe("lists leave out what a principal cannot open", () => {
  const handler = (key: string) => ALL_ENDPOINTS.find((h) => endpointKey(h) === key)!;
  async function list<T>(key: string, query: string, who: DemoUser): Promise<T> {
    const res = await handler(key)(apiRequest(`${handler(key).endpoint.path}?${query}`, { cookie: cookies[who] }), { params: Promise.resolve({}) });
    expect(res.status, `${key} as ${who}`).toBe(200);
    return (await res.json()) as T;
  }
  type Item = { id: number; institution?: { id: number }; project?: { id: number }; product?: { institution: { id: number } } };

  it("the second bank: none of the first bank's projects, records, pushes, matches or products", async () => {
    const projects = await list<{ items: Item[] }>("GET /api/v1/projects", "pageSize=200", "bank2");
    const financing = await list<{ items: Item[] }>("GET /api/v1/financing", "", "bank2");
    const pushes = await list<{ items: Item[] }>("GET /api/v1/pushes", "pageSize=200", "bank2");
    const matches = await list<{ items: Item[] }>("GET /api/v1/matches", "pageSize=200", "bank2");
    const products = await list<Item[]>("GET /api/v1/products", "", "bank2");
    const institutions = await list<(Item & { parent: { id: number } | null })[]>("GET /api/v1/institutions", "", "bank2");
    expect(projects.items.length).toBeGreaterThan(0);
    expect(projects.items.map((p) => p.id)).not.toContain(f.project);
    expect(financing.items.map((r) => r.institution!.id).filter((i) => i !== f.org.bank2)).toEqual([]);
    expect(financing.items.map((r) => r.id)).not.toContain(f.financing);
    expect(pushes.items.map((p) => p.institution!.id).filter((i) => i !== f.org.bank2)).toEqual([]);
    expect(matches.items.map((m) => m.product!.institution.id).filter((i) => i !== f.org.bank2)).toEqual([]);
    expect(products.map((p) => p.institution!.id).filter((i) => i !== f.org.bank2)).toEqual([]);
    expect(institutions.filter((o) => o.id !== f.org.bank2 && o.parent?.id !== f.org.bank2)).toEqual([]);
  });

  it("the second bank: a filter naming the first bank's institution, product or project does not widen its lists", async () => {
    const bank1 = `institutionId=${f.org.bank1}`;
    const financing = [
      ...(await list<{ items: Item[] }>("GET /api/v1/financing", bank1, "bank2")).items,
      ...(await list<{ items: Item[] }>("GET /api/v1/financing", `projectId=${f.project}`, "bank2")).items,
    ];
    const pushes = (await list<{ items: Item[] }>("GET /api/v1/pushes", `pageSize=200&${bank1}`, "bank2")).items;
    const matches = [
      ...(await list<{ items: Item[] }>("GET /api/v1/matches", `pageSize=200&${bank1}`, "bank2")).items,
      ...(await list<{ items: Item[] }>("GET /api/v1/matches", `pageSize=200&productId=${f.product}`, "bank2")).items,
      ...(await list<{ items: Item[] }>("GET /api/v1/matches", `pageSize=200&projectId=${f.project}`, "bank2")).items,
    ];
    expect(financing.map((r) => r.institution!.id).filter((i) => i !== f.org.bank2)).toEqual([]);
    expect(pushes.map((p) => p.institution!.id).filter((i) => i !== f.org.bank2)).toEqual([]);
    expect(matches.map((m) => m.product!.institution.id).filter((i) => i !== f.org.bank2)).toEqual([]);
  });

  it("the owner: only its own organization's projects, records, pushes, reports and problems", async () => {
    const own = new Set((await db.project.findMany({ where: { ownerOrgId: f.org.owner }, select: { id: true } })).map((p) => p.id));
    const outside = (ids: number[]) => ids.filter((id) => !own.has(id));
    const projects = await list<{ items: Item[] }>("GET /api/v1/projects", "pageSize=200", "owner");
    const financing = await list<{ items: Item[] }>("GET /api/v1/financing", "", "owner");
    const pushes = await list<{ items: Item[] }>("GET /api/v1/pushes", "pageSize=200", "owner");
    const reports = await list<{ items: Item[] }>("GET /api/v1/reports", `year=${f.filed.year}&month=${f.filed.month}`, "owner");
    const problems = await list<{ items: Item[] }>("GET /api/v1/problems", "pageSize=200", "owner");
    expect(projects.items.length).toBeGreaterThan(0);
    expect(reports.items.length).toBeGreaterThan(0);
    expect(outside(projects.items.map((p) => p.id))).toEqual([]);
    expect(outside(financing.items.map((r) => r.project!.id))).toEqual([]);
    expect(outside(pushes.items.map((p) => p.project!.id))).toEqual([]);
    expect(outside(reports.items.map((r) => r.project!.id))).toEqual([]);
    expect(outside(problems.items.map((p) => p.project!.id))).toEqual([]);
  });

  it("the owner: a filter naming another organization's project or a bank does not widen its lists", async () => {
    const own = new Set((await db.project.findMany({ where: { ownerOrgId: f.org.owner }, select: { id: true } })).map((p) => p.id));
    const theirs = (await db.financingRecord.findFirstOrThrow({ where: { project: { ownerOrgId: { not: f.org.owner } } }, orderBy: { id: "asc" } }));
    const financing = [
      ...(await list<{ items: Item[] }>("GET /api/v1/financing", `institutionId=${theirs.institutionId}`, "owner")).items,
      ...(await list<{ items: Item[] }>("GET /api/v1/financing", `projectId=${theirs.projectId}`, "owner")).items,
    ];
    const pushes = (await list<{ items: Item[] }>("GET /api/v1/pushes", `pageSize=200&institutionId=${f.org.bank1}`, "owner")).items;
    const reports = (await list<{ items: Item[] }>("GET /api/v1/reports", `projectId=${theirs.projectId}`, "owner")).items;
    const problems = (await list<{ items: Item[] }>("GET /api/v1/problems", `pageSize=200&projectId=${theirs.projectId}`, "owner")).items;
    for (const item of [...financing, ...pushes, ...reports, ...problems]) expect(own.has(item.project!.id), JSON.stringify(item).slice(0, 200)).toBe(true);
  });
});

describe("the probes", () => {
  it("left the demo data as they were", async () => {
    expect(await demoFigures()).toEqual(before);
  });
});
