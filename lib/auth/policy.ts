// The one authorization policy: which role may do which action, on which records.
// Every service asks it before reading or writing; pages ask it to build navigation.
import { EDITABLE_BY_OWNER } from "@/lib/domain/review";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import type { Actor, Role } from "./actor";

export const ACTIONS = [
  // pages (role homes)
  "page.workspace", "page.bankPortal", "page.cockpit", "page.ownerPortal", "page.library", "page.admin",
  "page.matching", "page.account",
  // project library
  "project.read", "project.create", "project.update", "project.submit", "project.review",
  "project.archive", "project.import", "project.export",
  // finance
  "financing.read", "financing.write", "institution.read", "institution.manage",
  "product.read", "product.manage", "adb.read", "adb.manage",
  // matching and pushes
  "match.read", "match.run", "push.read", "push.create", "push.respond",
  // monthly dispatch
  "report.read", "report.file", "problem.close",
  // dashboards, climate factors, administration
  "dashboard.read", "factor.read", "factor.manage",
  "user.manage", "audit.read", "settings.manage", "notification.read",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * any: every record in the actor's region scope.
 * institution: records of the actor's own financial institution (a bank sees only its dealings).
 * ownerOrg: records of the actor's own project-owner organization.
 */
export type Scope = "any" | "institution" | "ownerOrg";

/** What a record exposes to the policy; services fill in what applies. */
export interface Resource {
  /** The record's region and the regions above it (district → city → province). */
  regionPath?: readonly (number | null | undefined)[];
  ownerOrgId?: number | null;
  institutionIds?: readonly number[];
  reviewStatus?: string;
}

interface Grant {
  scope: Scope;
  /** An extra rule on the record, with the message shown when it fails. */
  when?: { test: (r: Resource) => boolean; message: string };
}

const OWNER_EDITABLE = {
  test: (r: Resource) => (EDITABLE_BY_OWNER as readonly string[]).includes(r.reviewStatus ?? ""),
  message: m.errors.ownerEditableOnly,
};

const any: Grant = { scope: "any" };
const institution: Grant = { scope: "institution" };
const ownerOrg: Grant = { scope: "ownerOrg" };

type Table = Record<Role, Partial<Record<Action, Grant>>>;

const bureauCommon: Partial<Record<Action, Grant>> = {
  "page.workspace": any, "page.cockpit": any, "page.library": any, "page.matching": any,
  "project.read": any, "project.create": any, "project.update": any, "project.submit": any,
  "project.review": any, "project.archive": any, "project.import": any, "project.export": any,
  "financing.read": any, "financing.write": any, "institution.read": any,
  "product.read": any, "adb.read": any, "adb.manage": any,
  "match.read": any, "match.run": any, "push.read": any, "push.create": any,
  "report.read": any, "report.file": any, "problem.close": any,
  "dashboard.read": any, "factor.read": any, "notification.read": any, "page.account": any,
};

export const POLICY: Table = {
  BUREAU_ADMIN: {
    ...bureauCommon,
    "page.admin": any,
    "institution.manage": any, "product.manage": any, "factor.manage": any,
    "user.manage": any, "audit.read": any, "settings.manage": any,
  },
  BUREAU_STAFF: bureauCommon,
  BANK: {
    "page.bankPortal": any,
    "project.read": institution, "financing.read": institution, "financing.write": institution,
    "institution.read": institution, "product.read": institution, "product.manage": institution,
    "match.read": institution, "push.read": institution, "push.respond": institution,
    "factor.read": any, "notification.read": any, "page.account": any,
  },
  LEADER: {
    "page.cockpit": any, "page.library": any, "page.matching": any,
    "project.read": any, "project.export": any, "financing.read": any, "institution.read": any,
    "product.read": any, "adb.read": any, "match.read": any, "push.read": any, "report.read": any,
    "dashboard.read": any, "factor.read": any, "notification.read": any, "page.account": any,
  },
  PROJECT_OWNER: {
    "page.ownerPortal": any, "page.library": any,
    "project.read": ownerOrg, "project.create": ownerOrg,
    "project.update": { scope: "ownerOrg", when: OWNER_EDITABLE },
    "project.submit": { scope: "ownerOrg", when: OWNER_EDITABLE },
    "financing.read": ownerOrg, "push.read": ownerOrg, "report.read": ownerOrg, "report.file": ownerOrg,
    "factor.read": any, "notification.read": any, "page.account": any,
  },
};

/** The scope in which a role may perform an action, or null when it may not at all. */
export function scopeOf(actor: Pick<Actor, "role">, action: Action): Scope | null {
  return POLICY[actor.role]?.[action]?.scope ?? null;
}

export function can(actor: Pick<Actor, "role">, action: Action): boolean {
  return scopeOf(actor, action) !== null;
}

/** A user with a region works on records of that region and the regions below it. */
export function inRegionScope(actor: Pick<Actor, "regionId">, regionPath: Resource["regionPath"]): boolean {
  return actor.regionId === null || regionPath === undefined || regionPath.includes(actor.regionId);
}

function inScope(actor: Actor, scope: Scope, r: Resource): boolean {
  if (scope === "any") return inRegionScope(actor, r.regionPath);
  if (actor.organizationId === null) return false;
  if (scope === "institution") return r.institutionIds?.includes(actor.organizationId) ?? false;
  return r.ownerOrgId === actor.organizationId;
}

/**
 * Throws unless the actor may perform the action (on the record; a grant limited to the actor's
 * institution or organization, or with a rule, must be given the record).
 * A record outside the actor's scope is "not found" (404), so that ids do not leak;
 * a record in scope that a rule forbids is "forbidden" (403) with the rule's message.
 */
export function authorize(actor: Actor, action: Action, resource?: Resource): void {
  const grant = POLICY[actor.role]?.[action];
  if (!grant) throw new ForbiddenError();
  if (!resource) {
    // A scoped grant without its record would let anything through: that is a bug in the caller.
    if (grant.scope !== "any" || grant.when) throw new Error(`policy: ${action} for ${actor.role} needs the record it acts on`);
    return;
  }
  if (!inScope(actor, grant.scope, resource)) throw new NotFoundError();
  if (grant.when && !grant.when.test(resource)) throw new ForbiddenError(grant.when.message);
}

/** Row filter for lists: what a role may see of the records an action covers. */
export type ListScope = { kind: "all" } | { kind: "institution"; institutionId: number } | { kind: "ownerOrg"; ownerOrgId: number };

export function listScope(actor: Actor, action: Action): ListScope {
  const scope = scopeOf(actor, action);
  if (scope === null) throw new ForbiddenError();
  if (scope === "any") return { kind: "all" };
  if (actor.organizationId === null) throw new ForbiddenError(m.errors.noOrganization);
  return scope === "institution"
    ? { kind: "institution", institutionId: actor.organizationId }
    : { kind: "ownerOrg", ownerOrgId: actor.organizationId };
}

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  BUREAU_ADMIN: "/workspace",
  BUREAU_STAFF: "/workspace",
  BANK: "/bank",
  LEADER: "/cockpit",
  PROJECT_OWNER: "/owner",
};
