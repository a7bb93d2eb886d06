import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/auth/actor";
import { ACTIONS, authorize, can, listScope, type Action } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

const ROLES: Role[] = ["BUREAU_ADMIN", "BUREAU_STAFF", "BANK", "LEADER", "PROJECT_OWNER"];
const A = "BUREAU_ADMIN", S = "BUREAU_STAFF", B = "BANK", L = "LEADER", O = "PROJECT_OWNER";

// The expected answer for every action, written out independently of lib/auth/policy.ts:
// which roles may perform it at all. Record scope is tested separately below.
const EXPECTED: Record<Action, Role[]> = {
  "page.workspace": [A, S], "page.bankPortal": [B], "page.cockpit": [A, S, L], "page.ownerPortal": [O], "page.library": [A, S, L, O], "page.admin": [A],
  "page.matching": [A, S, L], "page.account": [A, S, B, L, O],
  "project.read": [A, S, B, L, O], "project.create": [A, S, O], "project.update": [A, S, O], "project.submit": [A, S, O],
  "project.review": [A, S], "project.archive": [A, S], "project.import": [A, S], "project.export": [A, S, L],
  "financing.read": [A, S, B, L, O], "financing.write": [A, S, B], "institution.read": [A, S, B, L], "institution.manage": [A],
  "product.read": [A, S, B, L], "product.manage": [A, B], "adb.read": [A, S, L], "adb.manage": [A, S],
  "match.read": [A, S, B, L], "match.run": [A, S], "push.read": [A, S, B, L, O], "push.create": [A, S], "push.respond": [B],
  "report.read": [A, S, L, O], "report.file": [A, S, O], "problem.close": [A, S],
  "dashboard.read": [A, S, L], "factor.read": [A, S, B, L, O], "factor.manage": [A],
  "user.manage": [A], "audit.read": [A], "settings.manage": [A], "notification.read": [A, S, B, L, O],
};

const READ_ONLY = new Set<Action>(["page.workspace", "page.library", "page.admin", "page.matching", "page.account", "page.bankPortal", "page.cockpit", "page.ownerPortal", "project.read", "project.export",
  "financing.read", "institution.read", "product.read", "adb.read", "match.read", "push.read", "report.read", "dashboard.read", "factor.read",
  "audit.read", "notification.read"]);

const actor = (role: Role, organizationId: number | null = 7): Actor => ({ id: 1, username: "u", displayName: "u", role, organizationId, regionId: null });

describe("authorization policy", () => {
  it("covers every action in the expectation table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${action}`, () => {
        expect(can(actor(role), action)).toBe(allowed);
        const record = { ownerOrgId: 7, institutionIds: [7], reviewStatus: "DRAFT" };
        if (allowed) expect(() => authorize(actor(role), action, record)).not.toThrow();
        else expect(() => authorize(actor(role), action, record)).toThrow(ForbiddenError);
      });
    }
  }

  it("a leader never writes", () => {
    const writes = ACTIONS.filter((a) => !READ_ONLY.has(a));
    expect(writes.length).toBeGreaterThan(10);
    for (const a of writes) expect(can(actor("LEADER"), a), a).toBe(false);
  });

  it("a bank sees only its own institution's records; others are not found", () => {
    const bank = actor("BANK", 7);
    expect(() => authorize(bank, "push.read", { institutionIds: [7] })).not.toThrow();
    expect(() => authorize(bank, "push.read", { institutionIds: [8] })).toThrow(NotFoundError);
    expect(() => authorize(bank, "project.read", { ownerOrgId: 7 })).toThrow(NotFoundError);
    expect(listScope(bank, "push.read")).toEqual({ kind: "institution", institutionId: 7 });
  });

  it("a bank user without an institution sees nothing", () => {
    expect(() => authorize(actor("BANK", null), "push.read", { institutionIds: [7] })).toThrow(NotFoundError);
    expect(() => listScope(actor("BANK", null), "push.read")).toThrow(ForbiddenError);
  });

  it("an owner edits its own projects only while DRAFT or RETURNED", () => {
    const owner = actor("PROJECT_OWNER", 3);
    expect(() => authorize(owner, "project.update", { ownerOrgId: 3, reviewStatus: "DRAFT" })).not.toThrow();
    expect(() => authorize(owner, "project.update", { ownerOrgId: 3, reviewStatus: "RETURNED" })).not.toThrow();
    expect(() => authorize(owner, "project.update", { ownerOrgId: 3, reviewStatus: "SUBMITTED" })).toThrow(ForbiddenError);
    expect(() => authorize(owner, "project.update", { ownerOrgId: 4, reviewStatus: "DRAFT" })).toThrow(NotFoundError);
  });

  it("a grant limited to an organization, or with a rule, demands the record it acts on", () => {
    expect(() => authorize(actor("BANK"), "push.respond")).toThrow(/needs the record/);
    expect(() => authorize(actor("PROJECT_OWNER"), "project.update")).toThrow(/needs the record/);
    expect(() => authorize(actor("BUREAU_STAFF"), "project.update")).not.toThrow();
  });

  it("a user with a region acts only on records of that region or below", () => {
    const county = { ...actor("BUREAU_STAFF"), regionId: 21 };
    expect(() => authorize(county, "project.read", { regionPath: [21, 3, 1] })).not.toThrow();
    expect(() => authorize(county, "project.read", { regionPath: [25, 21, 1] })).not.toThrow();
    expect(() => authorize(county, "project.read", { regionPath: [22, 3, 1] })).toThrow(NotFoundError);
    expect(() => authorize(actor("LEADER"), "project.read", { regionPath: [22, 3, 1] })).not.toThrow();
  });

  it("bureau staff act on any record", () => {
    expect(() => authorize(actor("BUREAU_STAFF"), "project.update", { ownerOrgId: 99, reviewStatus: "IN_LIBRARY" })).not.toThrow();
    expect(listScope(actor("BUREAU_STAFF"), "project.read")).toEqual({ kind: "all" });
  });
});
