import { describe, expect, it } from "vitest";
import { checkTransition, transitionsFrom, type Transition } from "@/lib/domain/review";

const STATUSES = ["DRAFT", "SUBMITTED", "IN_LIBRARY", "RETURNED", "REJECTED", "ARCHIVED"] as const;

// Every (status, transition) pair that is allowed, and where it leads; everything else is refused.
const ALLOWED: Record<string, string> = {
  "DRAFT submit": "SUBMITTED",
  "RETURNED submit": "SUBMITTED",
  "SUBMITTED approve": "IN_LIBRARY",
  "SUBMITTED return": "RETURNED",
  "SUBMITTED reject": "REJECTED",
  "IN_LIBRARY archive": "ARCHIVED",
};

describe("review state machine", () => {
  for (const status of STATUSES) {
    for (const t of ["submit", "approve", "return", "reject", "archive"] as Transition[]) {
      const to = ALLOWED[`${status} ${t}`];
      it(`${status} —${t}→ ${to ?? "refused"}`, () => {
        const r = checkTransition(status, t, "意见");
        expect(r.ok ? r.to : null).toBe(to ?? null);
      });
    }
  }

  it("requires a comment to return, reject or archive", () => {
    for (const [status, t] of [["SUBMITTED", "return"], ["SUBMITTED", "reject"], ["IN_LIBRARY", "archive"]] as const) {
      const r = checkTransition(status, t, "  ");
      expect(r.ok).toBe(false);
      expect(r.ok ? "" : r.message).toContain("须填写");
    }
    expect(checkTransition("DRAFT", "submit", undefined).ok).toBe(true);
  });

  it("lists what can happen next", () => {
    expect(transitionsFrom("SUBMITTED").sort()).toEqual(["approve", "reject", "return"]);
    expect(transitionsFrom("REJECTED")).toEqual([]);
    expect(transitionsFrom("ARCHIVED")).toEqual([]);
  });
});
