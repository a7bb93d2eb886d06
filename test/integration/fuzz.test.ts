// Fuzzing every /api/v1 endpoint with hostile input: wrong types, huge and strange strings, absurd
// amounts, bad ids, broken JSON and multipart. No answer may be a 5xx, every answer is the error
// envelope or a valid success, and no request may change the database unless it deliberately
// succeeds: the whole database is fingerprinted after every request.
//
// Replay a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project integration test/integration/fuzz.test.ts
// Longer runs: FUZZ_RUNS=10 multiplies the number of requests; FUZZ_VERBOSE=1 logs each request as it goes.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config";
import { PROJECT_COLUMNS } from "@/lib/domain/import/columns";
import { isInstitutionKind } from "@/lib/domain/instruments";
import { checkTransition, TRANSITIONS, type Transition } from "@/lib/domain/review";
import type { AnyEndpointDef, RouteHandler } from "@/lib/http/endpoint";
import { ALL_ENDPOINTS } from "@/lib/http/endpoints";
import { apiRequests } from "@/lib/http/rate-limit";
import { createApiToken } from "@/lib/services/api-tokens";
import { actorOf, sessionCookie } from "../support/actors";
import { changedTables, openDigester, type Digest, type Digester } from "../support/db-digest";
import {
  brokenMultipart, CONTENT_TYPES, enumValues, HOSTILE_IDS, HOSTILE_NUMBERS, hostileBodyText, hostileString, hostileUnknownField, hostileValue,
  fieldKind, hostileText, jsonText, multipartFile, notASpreadsheet, NUMBERISH_STRINGS, queryText, RAW_QUERY_PIECES, Rng, shapeOf, summarize,
} from "../support/fuzz";
import { projectWorkbook } from "../support/xlsx";

/** FUZZ_SEED=<n> replays a run; FUZZ_SEED=random explores a new one (its seed is in the test name). */
const SEED = process.env.FUZZ_SEED === "random" ? randomInt(2 ** 31)
  : Number.isInteger(Number(process.env.FUZZ_SEED)) && process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261124;
const RUNS = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS) || 1));
const MIN_TOTAL = 1000 * RUNS;
const PER_ENDPOINT = Math.ceil(MIN_TOTAL / ALL_ENDPOINTS.length);

// ——— the demo world: real ids, so that hostile input reaches the code behind the lookups ———

interface World {
  projects: { id: number; code: string; version: number; reviewStatus: string; highEmission: boolean }[];
  orgs: { id: number; kind: string; name: string }[];
  regions: { id: number; level: string; retired: boolean }[];
  categories: { id: number; name: string }[];
  products: { id: number; version: number; institutionId: number }[];
  financing: { id: number; version: number }[];
  subProjects: { id: number; version: number }[];
  packages: { id: number; subProjectId: number; code: string }[];
  problems: { id: number; status: string }[];
  reports: { id: number; projectId: number; year: number; month: number }[];
  pushes: { id: number; institutionId: number; projectId: number }[];
  notifications: { id: number }[];
  factorKeys: string[];
  bank1OrgId: number;
}

/** Read in id order, so that a seed replays the same requests. */
async function loadWorld(): Promise<World> {
  const bank1 = await db.user.findUniqueOrThrow({ where: { username: "bank1" }, select: { organizationId: true } });
  return {
    projects: await db.project.findMany({ select: { id: true, code: true, version: true, reviewStatus: true, highEmission: true }, orderBy: { id: "asc" } }),
    orgs: await db.organization.findMany({ select: { id: true, kind: true, name: true }, orderBy: { id: "asc" } }),
    regions: await db.region.findMany({ select: { id: true, level: true, retired: true }, orderBy: { id: "asc" } }),
    categories: await db.category.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
    products: await db.financeProduct.findMany({ select: { id: true, version: true, institutionId: true }, orderBy: { id: "asc" } }),
    financing: await db.financingRecord.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    subProjects: await db.adbSubProject.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
    packages: await db.procurementPackage.findMany({ select: { id: true, subProjectId: true, code: true }, orderBy: { id: "asc" } }),
    problems: await db.problem.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    reports: await db.progressReport.findMany({ select: { id: true, projectId: true, year: true, month: true }, orderBy: { id: "asc" } }),
    pushes: await db.push.findMany({ select: { id: true, institutionId: true, projectId: true }, orderBy: { id: "asc" } }),
    notifications: await db.notification.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    factorKeys: [...new Set((await db.emissionFactor.findMany({ select: { key: true }, orderBy: { id: "asc" } })).map((f) => f.key))],
    bank1OrgId: bank1.organizationId!,
  };
}

const institutions = (w: World) => w.orgs.filter((o) => isInstitutionKind(o.kind));
const ownerOrgs = (w: World) => w.orgs.filter((o) => o.kind === "PROJECT_OWNER");
const districts = (w: World) => w.regions.filter((r) => (r.level === "DISTRICT" || r.level === "PARK") && !r.retired);
const inLibrary = (w: World) => w.projects.filter((p) => p.reviewStatus === "IN_LIBRARY");
const notInLibrary = (w: World) => w.projects.filter((p) => p.reviewStatus !== "IN_LIBRARY");
/** An id no row has: valid to every schema, so the lookup behind it runs and finds nothing. */
const missingId = (rng: Rng) => rng.int(900_000_000, 2_000_000_000);

// ——— who calls ———

type Caller = "admin" | "admin-token" | "bank1" | "owner" | "leader" | "anonymous" | "forged";
const SIGNED_IN: readonly Caller[] = ["admin", "admin-token", "bank1", "owner", "leader"];

const FORGED_AUTH: readonly [string, string][] = [
  ["cookie", "next-auth.session-token=forged"], ["cookie", `next-auth.session-token=${"A".repeat(8000)}`],
  ["cookie", "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z"], ["cookie", "next-auth.session-token.0=a; next-auth.session-token.1=b"],
  ["cookie", "=; ;;; next-auth.session-token"], ["cookie", "next-auth.session-token=%00%ff%fe"],
  ["authorization", "Bearer cfp_forged"], ["authorization", `Bearer cfp_${"x".repeat(5000)}`], ["authorization", "Bearer "],
  ["authorization", "Basic YWRtaW46YWRtaW4="], ["authorization", "Bearer cfp_' OR 1=1 --"], ["authorization", "bearer\tcfp_x"],
];

function pickCaller(rng: Rng): Caller {
  const r = rng.next();
  if (r < 0.5) return "admin";
  if (r < 0.65) return "admin-token";
  if (r < 0.8) return "bank1";
  if (r < 0.85) return "owner";
  if (r < 0.88) return "leader";
  if (r < 0.94) return "anonymous";
  return "forged";
}

// ——— requests under construction ———

type Body =
  | { kind: "json"; value: unknown; contentType: string }
  | { kind: "text"; text: string; contentType: string; label: string }
  | { kind: "bytes"; bytes: Uint8Array<ArrayBuffer>; contentType: string; label: string };

interface Draft {
  handler: RouteHandler;
  def: AnyEndpointDef;
  caller: Caller;
  forged?: [string, string];
  params: Record<string, string>;
  query: string[];
  body?: Body;
  headers: [string, string][];
  /** The current version of the record the path names, when it is a real one. */
  version?: number;
  notes: string[];
}

const keyOf = (def: AnyEndpointDef) => `${def.method} ${def.path}`;
const isWrite = (def: AnyEndpointDef) => def.method !== "GET";

/** Which table a path id names, by the path segment in front of it. */
const PARAM_KIND: Record<string, "project" | "product" | "financing" | "institution" | "subProject" | "package" | "problem" | "push" | "kind"> = {
  projects: "project", products: "product", financing: "financing", institutions: "institution", "sub-projects": "subProject",
  packages: "package", problems: "problem", pushes: "push", milestones: "kind",
};

function realParam(kind: string, w: World, rng: Rng, params: Record<string, string>, def: AnyEndpointDef, name: string): { value: string; version?: number } {
  switch (kind) {
    case "project": {
      const p = rng.pick(w.projects);
      return { value: String(p.id), version: p.version };
    }
    case "product": {
      const p = rng.pick(w.products);
      return { value: String(p.id), version: p.version };
    }
    case "financing": {
      const f = rng.pick(w.financing);
      return { value: String(f.id), version: f.version };
    }
    case "institution": return { value: String(rng.pick(rng.chance(0.8) ? institutions(w) : w.orgs).id) };
    case "subProject": {
      const s = rng.pick(w.subProjects);
      return { value: String(s.id), version: s.version };
    }
    case "package": {
      const own = w.packages.filter((p) => String(p.subProjectId) === params.id);
      return { value: String(rng.pick(own.length && rng.chance(0.85) ? own : w.packages).id) };
    }
    case "problem": return { value: String(rng.pick(w.problems).id) };
    case "push": {
      const mine = w.pushes.filter((p) => p.institutionId === w.bank1OrgId);
      return { value: String(rng.pick(mine.length && rng.chance(0.5) ? mine : w.pushes).id) };
    }
    case "kind": return { value: rng.pick(enumValues(shapeOf(def.params)?.[name]) ?? ["x"]) };
    default: return { value: "1" };
  }
}

function fillParams(d: Draft, w: World, rng: Rng) {
  const names = [...d.def.path.matchAll(/([^/]+)\/\{(\w+)\}/g)];
  for (const [, segment, name] of names) {
    if (rng.chance(0.7)) {
      const real = realParam(PARAM_KIND[segment] ?? "", w, rng, d.params, d.def, name);
      d.params[name] = real.value;
      // The version that goes with the record: sub-project writes carry the sub-project's.
      if (real.version !== undefined && d.version === undefined) d.version = real.version;
    } else {
      d.params[name] = rng.chance(0.5) ? rng.pick(HOSTILE_IDS) : String(missingId(rng));
      d.notes.push(`param ${name}=${summarize(d.params[name], 40)}`);
    }
  }
}

// ——— plausible values, guessed from field names and the schemas ———

const PLAUSIBLE_TEXT = ["测试项目 Fuzz", "Fuzz 项目 🌱 绿色", "<b>粗体</b>项目名称", "' OR 1=1 -- 项目", "项目\u200b名称测试", "דוגמה عربي 项目测试", "项目名称：%_\\", "  前后空格的项目  "];
const PLAUSIBLE_AMOUNTS: readonly unknown[] = ["100", "35万", "1.2亿", 250, "1,234.5678", "0.5", 12];

function plausibleField(key: string, schema: z.ZodType, w: World, rng: Rng, d: Draft): unknown {
  const options = enumValues(schema);
  if (options?.length) return rng.pick(options);
  const bank = () => rng.pick(institutions(w)).id;
  switch (key) {
    case "version": return d.version ?? rng.int(1, 3);
    case "projectId": return rng.pick(rng.chance(0.8) ? inLibrary(w) : w.projects).id;
    case "institutionId": return d.caller === "bank1" && rng.chance(0.7) ? w.bank1OrgId : bank();
    case "institutionIds": return Array.from({ length: rng.int(1, 3) }, bank);
    case "parentId": return rng.pick(w.orgs.filter((o) => o.kind === "BANK")).id;
    case "ownerOrgId": return rng.pick(ownerOrgs(w)).id;
    case "regionId": return rng.pick(districts(w)).id;
    case "regionIds": return rng.chance(0.5) ? [] : [rng.pick(districts(w)).id];
    case "categoryId": return rng.pick(w.categories).id;
    case "categoryIds": return [rng.pick(w.categories).id, rng.pick(w.categories).id];
    case "productId": return rng.pick(w.products).id;
    case "reportId": return rng.pick(w.reports).id;
    case "ids": return w.notifications.length ? [rng.pick(w.notifications).id] : [];
    case "page": return rng.pick([1, 2, "3"]);
    case "pageSize": return rng.pick([1, 20, 200]);
    case "minScore": return rng.int(0, 100);
    case "beneficiaries": return rng.pick([1000, "25000"]);
    case "creditCode": return "91430300MA4L12345X";
    // Totals large and parts small, so that the cross-field rules (parts ≤ total) hold.
    case "totalInvestment": case "maxAmount": return rng.pick(["1.2亿", 50_000, "3500万"]);
    case "ownFunds": case "financingNeed": case "minAmount": return rng.pick(["100", 12, "0.5"]);
    case "year": case "startYear": return rng.pick([2024, 2025, "2025"]);
    case "endYear": return 2028;
    case "month": return rng.int(1, 12);
    case "physicalProgress": return rng.int(0, 100);
    case "termMonths": case "minTermMonths": return rng.pick([12, 36, "24"]);
    case "maxTermMonths": return 120;
    case "rateBp": return rng.pick(["3.45", 3.2, "4%"]);
    case "contactPhone": case "phone": return "13800138000";
    case "code": return `FZ-${rng.int(100000, 999999)}`;
    case "problems": return rng.chance(0.5) ? [] : [{ description: "征地拆迁进度滞后问题", category: "LAND", department: "自然资源局", dueDate: "2026-12-31" }];
    case "carbonTool": case "carbonToolEligible": case "highEmission": case "carbonToolLinked": case "active": return rng.pick([true, false, "on", "false"]);
    case "transition": return rng.pick(Object.keys(TRANSITIONS));
    default: break;
  }
  if (/date$|Date$/.test(key)) return rng.pick(["2025-03-15", "2024-12-31", "2025-01-01"]);
  if (/[aA]mount$|[iI]nvestment|Funds$|Need$|^investment/.test(key)) return rng.pick(PLAUSIBLE_AMOUNTS);
  if (/T$|Tce$|Mwh$|Ha$|^minCo2|beneficiaries/.test(key)) return rng.pick([100.5, "20", 0]);
  return rng.pick(PLAUSIBLE_TEXT);
}

function plausibleBody(d: Draft, w: World, rng: Rng, plan: Plan): Record<string, unknown> {
  if (plan.body) return plan.body(w, rng, d);
  const shape = shapeOf(d.def.body) ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) if (!isOptional(schema) || rng.chance(0.6)) out[key] = plausibleField(key, schema, w, rng, d);
  return out;
}

function isOptional(schema: z.ZodType): boolean {
  try {
    return schema.safeParse(undefined).success;
  } catch {
    return false;
  }
}

/** A value of the field's own kind, but hostile: the parsers behind each kind get their edge cases. */
function hostileField(key: string, schema: z.ZodType | undefined, rng: Rng): unknown {
  if (rng.chance(0.25)) return hostileValue(rng);
  const kind = fieldKind(schema);
  if (kind === "string" || kind === "unknown") {
    if (/[dD]ate$/.test(key)) return rng.pick(NUMBERISH_STRINGS);
    return hostileText(rng);
  }
  if (kind === "enum") {
    const options = enumValues(schema) ?? ["X"];
    return rng.pick([` ${rng.pick(options)}`, rng.pick(options).toLowerCase(), `${rng.pick(options)}\u0000`, options.join(","), hostileText(rng)]);
  }
  if (/[iI]ds?$|^version$/.test(key)) return rng.chance(0.5) ? rng.pick(HOSTILE_IDS) : rng.pick(HOSTILE_NUMBERS);
  if (kind.includes("string") && kind.includes("number")) return rng.chance(0.6) ? rng.pick(NUMBERISH_STRINGS) : rng.pick(HOSTILE_NUMBERS);
  return rng.chance(0.5) ? rng.pick(NUMBERISH_STRINGS) : rng.chance(0.5) ? rng.pick(HOSTILE_NUMBERS) : hostileText(rng);
}

/** A field to make hostile, text fields first: they carry hostile text furthest, into the queries. */
function pickField(keys: string[], shape: Record<string, z.ZodType>, rng: Rng): string {
  const weighted = keys.flatMap((k) => (fieldKind(shape[k]) === "string" ? [k, k, k, k, k] : [k]));
  return rng.pick(weighted);
}

// ——— per-endpoint knowledge: deliberate successes and how to make a valid request fail ———

type Poison = (d: Draft, w: World, rng: Rng) => string | null;

interface Plan {
  /** A better plausible body than the generic guess. */
  body?: (w: World, rng: Rng, d: Draft) => Record<string, unknown>;
  /**
   * Ways to make a request that passes validation fail later (deeper in the service), so that
   * it cannot write. Every write endpoint that can change data needs at least one.
   */
  poisons?: Poison[];
  /** A POST whose success changes nothing (a calculation): it needs no poison. */
  harmless?: boolean;
  /** A poisoned request may still succeed, having changed nothing (marking unknown notices read). */
  poisonedMaySucceed?: boolean;
}

const setBody = (d: Draft, key: string, value: unknown) => {
  if (d.body?.kind === "json" && d.body.value && typeof d.body.value === "object" && !Array.isArray(d.body.value)) {
    (d.body.value as Record<string, unknown>)[key] = value;
  } else {
    d.body = { kind: "json", value: { [key]: value }, contentType: "application/json" };
  }
};

const missingPathId: Poison = (d, _w, rng) => {
  const name = Object.keys(d.params)[0];
  if (!name || name === "kind") return null;
  d.params[name] = String(missingId(rng));
  return `missing ${name}`;
};
const staleVersion: Poison = (d, _w, rng) => {
  if (!shapeOf(d.def.body)?.version) return null;
  setBody(d, "version", (d.version ?? 1) + rng.int(1, 500));
  return "stale version";
};
/** The leader reads everything and writes nothing. */
const readOnlyCaller: Poison = (d) => {
  d.caller = "leader";
  return "read-only caller";
};
const bodyField = (key: string, value: (w: World, rng: Rng, d: Draft) => unknown, label: string): Poison => (d, w, rng) => {
  setBody(d, key, value(w, rng, d));
  return label;
};
const city = (w: World) => w.regions.find((r) => r.level === "CITY" || r.level === "PROVINCE")!.id;
const versioned = [missingPathId, staleVersion, readOnlyCaller];

const PLANS: Record<string, Plan> = {
  "POST /api/v1/projects": {
    poisons: [
      readOnlyCaller,
      bodyField("code", (w, rng) => rng.pick(w.projects).code, "existing project code"),
      bodyField("regionId", (w, rng) => (rng.chance(0.5) ? city(w) : missingId(rng)), "no such district"),
      bodyField("categoryId", (_w, rng) => missingId(rng), "no such category"),
    ],
  },
  "PATCH /api/v1/projects/{id}": { poisons: versioned },
  "POST /api/v1/projects/{id}/transitions": {
    poisons: [
      ...versioned,
      // The current version, but a transition the state machine does not allow from the current status.
      (d, w, rng) => {
        const project = rng.pick(w.projects);
        const refused = (Object.keys(TRANSITIONS) as Transition[]).filter((t) => !checkTransition(project.reviewStatus as never, t, "意见").ok);
        if (!refused.length) return null;
        d.params.id = String(project.id);
        d.body = { kind: "json", value: { transition: rng.pick(refused), version: project.version, comment: rng.pick(PLAUSIBLE_TEXT) }, contentType: "application/json" };
        return `transition not allowed from ${project.reviewStatus}`;
      },
    ],
  },
  "POST /api/v1/institutions": {
    poisons: [
      readOnlyCaller,
      bodyField("name", (w, rng) => rng.pick(institutions(w)).name, "existing institution name"),
      (d, w, rng) => {
        setBody(d, "kind", "BANK");
        setBody(d, "parentId", rng.pick(ownerOrgs(w)).id);
        return "parent is not a bank";
      },
      bodyField("regionId", (_w, rng) => missingId(rng), "no such region"),
    ],
  },
  "PATCH /api/v1/institutions/{id}": {
    poisons: [
      missingPathId, readOnlyCaller,
      (d, w, rng) => {
        d.params.id = String(rng.pick(ownerOrgs(w)).id);
        return "an organization that is not an institution";
      },
    ],
  },
  "POST /api/v1/products": {
    poisons: [
      readOnlyCaller,
      // A bank's product is always its own institution's, whatever the body says.
      (d, w, rng) => (d.caller === "bank1" ? null : (setBody(d, "institutionId", rng.pick(ownerOrgs(w)).id), "institution is a project owner")),
      bodyField("categoryIds", (_w, rng) => [missingId(rng)], "no such category"),
    ],
  },
  "PATCH /api/v1/products/{id}": { poisons: versioned },
  "POST /api/v1/projects/{id}/financing": {
    poisons: [
      missingPathId, readOnlyCaller,
      (d, w, rng) => {
        if (!notInLibrary(w).length) return null;
        d.params.id = String(rng.pick(notInLibrary(w)).id);
        return "project not in the library";
      },
      bodyField("date", () => "2099-01-01", "date in the future"),
    ],
  },
  "PATCH /api/v1/financing/{id}": { poisons: versioned },
  "DELETE /api/v1/financing/{id}": { poisons: versioned },
  "PUT /api/v1/adb/sub-projects/{id}/milestones/{kind}": { poisons: versioned },
  "POST /api/v1/adb/sub-projects/{id}/disbursements": {
    poisons: [...versioned, bodyField("amount", () => "99999亿", "more than the allocation")],
  },
  "POST /api/v1/adb/sub-projects/{id}/packages": {
    poisons: [
      ...versioned,
      (d, w, rng) => {
        const pkg = rng.pick(w.packages);
        const sub = w.subProjects.find((s) => s.id === pkg.subProjectId)!;
        d.params.id = String(sub.id);
        setBody(d, "version", sub.version);
        setBody(d, "code", pkg.code);
        return "package code already used";
      },
    ],
  },
  "PATCH /api/v1/adb/sub-projects/{id}/packages/{packageId}": {
    poisons: [
      ...versioned,
      (d, w, rng) => {
        const pkg = rng.pick(w.packages);
        const other = w.subProjects.find((s) => s.id !== pkg.subProjectId)!;
        d.params.id = String(other.id);
        d.params.packageId = String(pkg.id);
        setBody(d, "version", other.version);
        return "package of another sub-project";
      },
    ],
  },
  "POST /api/v1/reports": {
    poisons: [
      readOnlyCaller,
      bodyField("projectId", (_w, rng) => missingId(rng), "no such project"),
      (d, w, rng) => {
        const r = rng.pick(w.reports);
        setBody(d, "projectId", r.projectId);
        setBody(d, "year", r.year);
        setBody(d, "month", r.month);
        return "month already reported";
      },
    ],
  },
  "POST /api/v1/problems": {
    poisons: [
      readOnlyCaller,
      bodyField("projectId", (_w, rng) => missingId(rng), "no such project"),
      (d, w, rng) => {
        const r = rng.pick(w.reports);
        const other = w.projects.find((p) => p.id !== r.projectId)!;
        setBody(d, "projectId", other.id);
        setBody(d, "reportId", r.id);
        return "report of another project";
      },
    ],
  },
  "POST /api/v1/problems/{id}/close": {
    poisons: [
      missingPathId, readOnlyCaller,
      (d, w, rng) => {
        const closed = w.problems.filter((p) => p.status === "CLOSED");
        if (!closed.length) return null;
        d.params.id = String(rng.pick(closed).id);
        return "already closed";
      },
    ],
  },
  "POST /api/v1/benefits/calculate": {
    harmless: true,
    body: (w, rng) => {
      const grid = w.factorKeys.filter((k) => k.startsWith("grid."));
      const sink = w.factorKeys.filter((k) => /^(forest|grassland|wetland)\./.test(k));
      const cases: [string, Record<string, unknown>][] = [
        ["renewable", { mwh: rng.pick([100, "2000", 0]), grid: rng.pick(grid) }],
        ["energy_saving", { tce: rng.pick([50, "12.5"]) }],
        ["fuel_switch", { fuel: "coal", fuelQty: 100, newEnergy: "electricity", newQty: 50 }],
        ["carbon_sink", { areaHa: 30, rate: rng.pick(sink.length ? sink : ["forest.x"]) }],
        ["waste", { ch4T: 10, mwh: 5 }],
        ["transport", { vehicleKm: 100000, fuel: "diesel", litresPer100km: 30, kwhPer100km: 100 }],
        ["green_building", { mwhSaved: 80 }],
      ];
      const [type, activity] = rng.pick(cases);
      return { type, activity, ...(rng.chance(0.3) ? { overrides: { [rng.pick(w.factorKeys)]: rng.pick([1.5, { value: 2, source: "文献" }]) } } : {}) };
    },
  },
  "POST /api/v1/pushes": {
    poisons: [
      readOnlyCaller,
      (d, w, rng) => (notInLibrary(w).length ? (setBody(d, "projectId", rng.pick(notInLibrary(w)).id), "project not in the library") : null),
      (d, w, rng) => {
        const high = inLibrary(w).filter((p) => p.highEmission);
        return high.length ? (setBody(d, "projectId", rng.pick(high).id), "a high-emission project") : null;
      },
      bodyField("institutionIds", (_w, rng) => [missingId(rng)], "no such institution"),
      (d, w, rng) => {
        const p = rng.pick(w.pushes);
        setBody(d, "projectId", p.projectId);
        setBody(d, "institutionIds", [p.institutionId]);
        return "already pushed";
      },
    ],
  },
  "POST /api/v1/pushes/{id}/responses": {
    poisons: [
      missingPathId,
      (d, _w, rng) => {
        d.caller = rng.chance(0.5) ? "admin" : "leader";
        return "caller who cannot answer";
      },
      (d, w, rng) => {
        const other = w.pushes.filter((p) => p.institutionId !== w.bank1OrgId);
        if (!other.length) return null;
        d.caller = "bank1";
        d.params.id = String(rng.pick(other).id);
        return "another bank's push";
      },
      bodyField("date", () => "2099-01-01", "date in the future"),
    ],
  },
  "POST /api/v1/notifications/read": {
    // Absent ids mark all of the caller's notices read: a real change. Ids no one has mark nothing.
    poisonedMaySucceed: true,
    poisons: [bodyField("ids", (_w, rng) => [missingId(rng), missingId(rng)], "notices that do not exist"), readOnlyCaller],
  },
};

// ——— what the wrapper would refuse before any service runs ———

function wrapperBody(body: Body | undefined): { ok: true; value: unknown } | { ok: false } {
  if (!body) return { ok: true, value: {} };
  // As request.text() reads it: UTF-8 with lone surrogates replaced and a leading BOM dropped.
  const bytes = body.kind === "bytes" ? body.bytes : new TextEncoder().encode(body.kind === "json" ? jsonText(body.value) : body.text);
  const text = new TextDecoder().decode(bytes);
  if (!text) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Whether the request passes authentication and every schema, i.e. reaches the service. */
function reachesService(d: Draft, url: URL): boolean {
  if (d.def.auth && !SIGNED_IN.includes(d.caller)) return false;
  const passes = (schema: z.ZodType | undefined, value: unknown) => {
    try {
      return !schema || schema.safeParse(value).success;
    } catch {
      // A schema that throws is a bug the request itself will show (as a 5xx): send it as it is.
      return false;
    }
  };
  if (!passes(d.def.query, Object.fromEntries(url.searchParams)) || !passes(d.def.params, d.params)) return false;
  if (d.def.body) {
    const body = wrapperBody(d.body);
    if (!body.ok || !passes(d.def.body, body.value)) return false;
  }
  return true;
}

// ——— building one request ———

const hostileQueryValue = (key: string, schema: z.ZodType | undefined, rng: Rng) => {
  const value = rng.chance(0.85) ? hostileField(key, schema, rng) : rng.pick(HOSTILE_IDS);
  return typeof value === "string" ? value : jsonText(value);
};

function fillQuery(d: Draft, w: World, rng: Rng) {
  const shape = shapeOf(d.def.query) ?? {};
  const keys = Object.keys(shape);
  const values = new Map<string, string>();
  for (const key of keys) if (rng.chance(0.4)) values.set(key, String(plausibleField(key, shape[key], w, rng, d)));
  const style = rng.next();
  if (style < 0.6 && keys.length) {
    // One hostile value among plausible ones: it gets past the other fields to the code behind it.
    const key = pickField(keys, shape, rng);
    values.set(key, hostileQueryValue(key, shape[key], rng));
  } else if (style < 0.8) {
    for (const key of keys) if (rng.chance(0.4)) values.set(key, hostileQueryValue(key, shape[key], rng));
  }
  d.query.push(...[...values].map(([k, v]) => `${queryText(k)}=${queryText(v)}`));
  if (rng.chance(0.1)) d.query.push(rng.pick(RAW_QUERY_PIECES));
  if (rng.chance(0.05) && keys.length) d.query.push(`${rng.pick(keys)}=1`, `${rng.pick(keys)}=${queryText(hostileString(rng))}`);
  if (rng.chance(0.05)) d.query.push(`${queryText(hostileString(rng))}=${queryText(hostileString(rng))}`);
  if (d.query.length) d.notes.push(`query ${summarize(d.query.join("&"), 100)}`);
}

function fillBody(d: Draft, w: World, rng: Rng, plan: Plan) {
  const style = rng.next();
  const contentType = rng.chance(0.8) ? "application/json" : rng.pick(CONTENT_TYPES);
  if (style < 0.2) {
    const { text, label } = hostileBodyText(rng);
    d.body = { kind: "text", text, contentType, label };
    d.notes.push(label);
    return;
  }
  if (style < 0.25) {
    d.body = { kind: "bytes", bytes: Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]), contentType, label: "invalid UTF-8" };
    d.notes.push("invalid UTF-8 body");
    return;
  }
  const body = plausibleBody(d, w, rng, plan);
  if (style < 0.75) {
    // Plausible, with one field (or a few) made hostile, dropped, or joined by unknown ones.
    const keys = Object.keys(body);
    const shape = shapeOf(d.def.body) ?? {};
    for (let i = style < 0.55 ? 1 : rng.int(2, 3); i > 0 && keys.length; i--) {
      const key = pickField(keys, shape, rng);
      if (rng.chance(0.15)) delete body[key];
      else body[key] = hostileField(key, shape[key], rng);
      d.notes.push(`${key}=${summarize(body[key], 60)}`);
    }
    if (rng.chance(style < 0.55 ? 0.1 : 0.4)) {
      const [k, v] = hostileUnknownField(rng);
      body[k] = v;
      d.notes.push(`unknown ${summarize(k, 20)}=${summarize(v, 40)}`);
    }
  } else {
    d.notes.push("plausible body");
  }
  d.body = { kind: "json", value: body, contentType };
}

async function fillUpload(d: Draft, w: World, rng: Rng, url: URL) {
  const field = d.def.upload!;
  const style = rng.next();
  if (style < 0.4) {
    const b = brokenMultipart(rng, field, notASpreadsheet(rng).bytes);
    d.body = { kind: "bytes", bytes: b.bytes, contentType: b.contentType, label: b.label };
    d.notes.push(b.label);
    return;
  }
  if (style < 0.7) {
    const f = notASpreadsheet(rng);
    const b = multipartFile(field, f.bytes, rng.pick(["a.xlsx", "a.csv", "", "项目.xlsx", "\u202exslx.exe"]), rng.pick(["application/octet-stream", "text/plain", ""]), f.label);
    d.body = { kind: "bytes", bytes: b.bytes, contentType: b.contentType, label: f.label };
    d.notes.push(`file: ${f.label}`);
    return;
  }
  // A real workbook with hostile cells. An import that would commit gets a row that cannot pass,
  // so that the whole file is refused: nothing is written whatever the other rows hold.
  const headers = PROJECT_COLUMNS.map((c) => c.header).filter(() => !rng.chance(0.05));
  const rows = Array.from({ length: rng.int(1, 4) }, () => Object.fromEntries(headers.map((h) => [h, workbookCell(h, w, rng)])));
  const query = d.def.query?.safeParse(Object.fromEntries(url.searchParams));
  const commits = query?.success && (query.data as { dryRun: string }).dryRun === "false";
  if (commits) rows.push(Object.fromEntries(headers.map((h) => [h, h === "项目名称" ? "" : "拒绝导入的一行"])));
  const bytes = new Uint8Array(await projectWorkbook(rows, headers));
  const b = multipartFile(field, bytes, "fuzz.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "workbook");
  d.body = { kind: "bytes", bytes: b.bytes, contentType: b.contentType, label: "workbook" };
  d.notes.push(`workbook ${rows.length} rows${commits ? " (with a refused row)" : ""}`);
}

function workbookCell(header: string, w: World, rng: Rng): unknown {
  if (rng.chance(0.5)) {
    const pick: Record<string, () => unknown> = {
      项目名称: () => rng.pick(PLAUSIBLE_TEXT), 项目单位: () => rng.pick(ownerOrgs(w)).name, 项目类别: () => rng.pick(w.categories).name,
      所在区县: () => "雨湖区", "总投资（万元）": () => rng.pick(PLAUSIBLE_AMOUNTS),
    };
    return pick[header]?.() ?? null;
  }
  const value = rng.chance(0.7) ? hostileString(rng) : rng.pick([
    -1, 1e308, Number.NaN, 0.1, new Date("2026-01-01"), true, { formula: "1/0", result: { error: "#DIV/0!" } },
    { richText: [{ text: "富" }, { text: "文本" }] }, { error: "#N/A" }, { text: "链接", hyperlink: "javascript:alert(1)" },
  ]);
  // Text cells cannot hold what XML cannot: exceljs would write a file no reader opens (also worth a try, sometimes).
  return typeof value === "string" && rng.chance(0.8) ? value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/g, "") : value;
}

function authHeaders(d: Draft, cookies: Record<string, string>, token: string): [string, string][] {
  switch (d.caller) {
    case "admin-token": return [["authorization", `Bearer ${token}`]];
    case "anonymous": return [];
    case "forged": return [d.forged!];
    default: return [["cookie", cookies[d.caller]]];
  }
}

function requestUrl(d: Draft): URL {
  const path = d.def.path.replace(/\{(\w+)\}/g, (_m, name: string) => queryText(d.params[name] ?? ""));
  return new URL(`http://localhost${path}${d.query.length ? `?${d.query.join("&")}` : ""}`);
}

function describeDraft(d: Draft, url: URL): string {
  const body = !d.body ? "" : d.body.kind === "json" ? ` body ${summarize(d.body.value, 160)}` : ` body <${d.body.label}>`;
  return `${d.def.method} ${summarize(url.pathname + url.search, 140)} as ${d.caller}${d.forged ? ` (${d.forged[0]}: ${summarize(d.forged[1], 40)})` : ""}${body} [${d.notes.join("; ")}]`;
}

// ——— checking one answer ———

const STATUS_CODES: Record<number, string> = { 400: "VALIDATION", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND", 409: "CONFLICT", 429: "RATE_LIMITED" };

async function answerProblem(def: AnyEndpointDef, res: Response): Promise<string | null> {
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  if (res.status >= 500) return `answered ${res.status}: ${summarize(text, 200)}`;
  if (res.status >= 400) {
    if (!STATUS_CODES[res.status]) return `unexpected status ${res.status}`;
    let body: { error?: { code?: unknown; message?: unknown; details?: unknown } };
    try {
      body = JSON.parse(text);
    } catch {
      return `answered ${res.status} without JSON: ${summarize(text, 100)}`;
    }
    const e = body.error;
    if (!e || e.code !== STATUS_CODES[res.status] || typeof e.message !== "string" || !e.message || !("details" in e) || Object.keys(body).length !== 1) {
      return `answered ${res.status} outside the error envelope: ${summarize(text, 200)}`;
    }
    return null;
  }
  if (res.status !== 200 && res.status !== 201) return `unexpected status ${res.status}`;
  if (def.produces) return type.startsWith(def.produces) || type.startsWith("text/csv") ? null : `a file answer with content-type ${type}`;
  if (!type.startsWith("application/json")) return `a success with content-type ${type}`;
  try {
    JSON.parse(text);
  } catch {
    return "a success that is not JSON";
  }
  return null;
}

/** GETs that legitimately write: an export is recorded in the audit log (and removed again here). */
const AUDITED_READS: Record<string, string> = { "GET /api/v1/projects/export": "project.export", "GET /api/v1/problems/export": "problem.export" };

// ——— the run ———

describe(`API fuzz (seed ${SEED}, FUZZ_RUNS=${RUNS})`, () => {
  const config = databaseConfig(process.env.DATABASE_URL);
  const cookies: Record<string, string> = {};
  let token = "";
  let tokenId = 0;
  const sessionIds: string[] = [];
  let digester: Digester;
  let initial: Digest;
  let auditMax = 0;

  beforeAll(async () => {
    // A 429 would stop requests before the handler: the limiter has its own tests.
    vi.spyOn(apiRequests, "hit").mockReturnValue({ allowed: true, retryAfterS: 0 });
    const before = new Set((await db.userSession.findMany({ select: { id: true } })).map((s) => s.id));
    for (const who of ["admin", "bank1", "owner", "leader"] as const) cookies[who] = await sessionCookie(who);
    sessionIds.push(...(await db.userSession.findMany({ select: { id: true } })).map((s) => s.id).filter((id) => !before.has(id)));
    const created = await createApiToken(await actorOf("admin"), { name: "fuzz", days: 1 });
    token = created.token;
    tokenId = created.id;
    // The test's own sessions and token note when they were last used: that is not a change.
    const ids = sessionIds.map((s) => `'${s}'`).join(",");
    digester = await openDigester(config, { UserSession: `"id" IN (${ids})`, ApiToken: `"id" = ${tokenId}` });
    initial = await digester.digest();
    auditMax = (await db.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await digester?.close();
    await db.userSession.deleteMany({ where: { id: { in: sessionIds } } });
    if (tokenId) {
      await db.auditLog.deleteMany({ where: { entity: "ApiToken", entityId: String(tokenId) } });
      await db.apiToken.delete({ where: { id: tokenId } });
    }
  });

  it("the database fingerprint sees a committed change, and a rolled-back one not", async () => {
    const start = await digester.digest();
    const setting = await db.setting.findFirstOrThrow();
    const tables = async () => changedTables(start, await digester.digest()).map((t) => t.split(" ")[0]);
    await db.$transaction(async (tx) => {
      await tx.setting.update({ where: { key: setting.key }, data: { value: `${setting.value}x` } });
      throw new Error("roll back");
    }).catch(() => undefined);
    expect(await tables()).toEqual([]);
    await db.setting.update({ where: { key: setting.key }, data: { value: `${setting.value}x` } });
    expect(await tables()).toEqual(["Setting"]);
    await db.setting.update({ where: { key: setting.key }, data: { value: setting.value, updatedAt: setting.updatedAt } });
    expect(await tables()).toEqual([]);
  });

  it(`sends at least ${MIN_TOTAL} hostile requests, ${PER_ENDPOINT} to each of ${ALL_ENDPOINTS.length} endpoints: no 5xx, and a refused request changes nothing`, async () => {
    const rng = new Rng(SEED);
    const w = await loadWorld();
    const schedule = rng.shuffle(ALL_ENDPOINTS.flatMap((h) => Array.from({ length: PER_ENDPOINT }, () => h)));
    const sent = new Map<string, number>();
    const reachedService = new Map<string, number>();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let baseline = initial;
    const started = Date.now();
    let digestMs = 0;

    for (const [i, handler] of schedule.entries()) {
      try {
        await step(i, handler);
      } catch (error) {
        failures.push(`#${i} ${keyOf(handler.endpoint)}: the test itself failed: ${(error as Error).stack?.split("\n").slice(0, 12).join(" | ")}`);
      }
    }

    async function step(i: number, handler: RouteHandler) {
      const def = handler.endpoint;
      const key = keyOf(def);
      const plan = PLANS[key] ?? {};
      const d: Draft = { handler, def, caller: pickCaller(rng), params: {}, query: [], headers: [], notes: [] };
      if (d.caller === "forged") d.forged = rng.pick(FORGED_AUTH);
      fillParams(d, w, rng);
      if (def.query) fillQuery(d, w, rng);
      if (def.body) fillBody(d, w, rng, plan);
      if (def.upload) await fillUpload(d, w, rng, requestUrl(d));
      // A write that would pass every schema gets a reason to fail further in, unless it is harmless.
      let url = requestUrl(d);
      let poisoned = false;
      if (isWrite(def) && !def.upload && !plan.harmless && reachesService(d, url)) {
        const poisons = plan.poisons ?? [];
        if (!poisons.length) throw new Error(`fuzz: ${key} can write and has no poison in PLANS`);
        let label: string | null = null;
        for (let tries = 0; label === null && tries < 10; tries++) label = rng.pick(poisons)(d, w, rng);
        if (label === null) label = readOnlyCaller(d, w, rng);
        d.notes.push(`poison: ${label}`);
        url = requestUrl(d);
        poisoned = true;
      }
      if (reachesService(d, url)) reachedService.set(key, (reachedService.get(key) ?? 0) + 1);
      if (rng.chance(0.05)) d.headers.push(["x-forwarded-for", rng.pick(["1.2.3.4, 5.6.7.8", "", "::1", "not-an-ip", "' OR 1=1", "x".repeat(3000), "\t,,,"])]);

      const headers = new Headers([...authHeaders(d, cookies, token), ...d.headers]);
      let body: BodyInit | undefined;
      if (d.body) {
        body = d.body.kind === "json" ? jsonText(d.body.value) : d.body.kind === "text" ? d.body.text : d.body.bytes;
        if (d.body.contentType) headers.set("content-type", d.body.contentType);
      }
      const request = new Request(url, { method: def.method, headers, body });
      const what = () => `#${i} ${describeDraft(d, url)}`;
      if (process.env.FUZZ_VERBOSE) console.log(`[fuzz] ${((Date.now() - started) / 1000).toFixed(1)}s ${what().slice(0, 300)}`);

      let res: Response;
      try {
        res = await handler(request, { params: Promise.resolve({ ...d.params }) });
      } catch (error) {
        failures.push(`${what()} → threw ${(error as Error).stack?.split("\n").slice(0, 3).join(" ")}`);
        return;
      }
      sent.set(key, (sent.get(key) ?? 0) + 1);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const problem = await answerProblem(def, res);
      if (problem) failures.push(`${what()} → ${problem}`);
      else if (poisoned && res.ok && !plan.poisonedMaySucceed) failures.push(`${what()} → ${res.status}: a write that had to be refused succeeded`);

      const t0 = performance.now();
      let after = await digester.digest();
      digestMs += performance.now() - t0;
      let changed = changedTables(baseline, after);
      if (changed.length && res.ok && AUDITED_READS[key] && changed.every((t) => t.startsWith("AuditLog "))) {
        await db.auditLog.deleteMany({ where: { id: { gt: auditMax }, action: AUDITED_READS[key] } });
        after = await digester.digest();
        changed = changedTables(baseline, after);
      }
      if (changed.length) {
        failures.push(`${what()} → ${res.status} and the database changed: ${changed.join(", ")}`);
        baseline = after;
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const counts = ALL_ENDPOINTS.map((h) => sent.get(keyOf(h.endpoint)) ?? 0);
    console.log(`[fuzz] seed ${SEED}: ${schedule.length} requests in ${seconds}s on ${config.provider}; per endpoint min ${Math.min(...counts)}; `
      + `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; `
      + `reaching a service: ${[...reachedService.values()].reduce((a, b) => a + b, 0)}; digests took ${(digestMs / 1000).toFixed(1)}s`);
    const shallow = ALL_ENDPOINTS.map((h) => keyOf(h.endpoint)).filter((k) => !reachedService.get(k));
    if (shallow.length) console.log(`[fuzz] endpoints whose requests all stopped at validation: ${shallow.join(", ")}`);
    if (process.env.FUZZ_VERBOSE) for (const h of ALL_ENDPOINTS) console.log(`[fuzz] ${keyOf(h.endpoint)}: ${sent.get(keyOf(h.endpoint))} sent, ${reachedService.get(keyOf(h.endpoint)) ?? 0} reached the service`);

    const replay = `FUZZ_SEED=${SEED}${RUNS > 1 ? ` FUZZ_RUNS=${RUNS}` : ""}`;
    expect(failures, `${failures.length} failures (replay with ${replay}):\n${failures.join("\n")}`).toEqual([]);
    expect(schedule.length).toBeGreaterThanOrEqual(MIN_TOTAL);
    for (const h of ALL_ENDPOINTS) expect(sent.get(keyOf(h.endpoint)) ?? 0, keyOf(h.endpoint)).toBeGreaterThanOrEqual(PER_ENDPOINT);
    // Every step was compared with the one before; the end is also compared with the start.
    expect(changedTables(initial, await digester.digest()), `database differs from the start (replay with ${replay})`).toEqual([]);
  }, 600_000 * RUNS);
});
