import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

describe("callback after sign-in", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/projects?status=SUBMITTED")).toBe("/projects?status=SUBMITTED");
  });
  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined, null])("refuses %s", (v) => {
    expect(safeCallbackPath(v)).toBe("/");
  });
});
