import { describe, expect, it, vi } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/respond";

describe("API responses", () => {
  it("maps each expected error to its status and the envelope", async () => {
    const cases = [
      [new ValidationError("金额格式不正确", { fields: [{ path: "amount", message: "x" }] }), 400, "VALIDATION"],
      [new UnauthorizedError(), 401, "UNAUTHORIZED"],
      [new ForbiddenError(), 403, "FORBIDDEN"],
      [new NotFoundError(), 404, "NOT_FOUND"],
      [new ConflictError("该项目已被他人修改", { changed: ["name"] }), 409, "CONFLICT"],
    ] as const;
    for (const [error, status, code] of cases) {
      const res = errorResponse(error);
      expect(res.status).toBe(status);
      const body = await res.json();
      expect(body).toEqual({ error: { code, message: error.message, details: error.details ?? null } });
    }
  });

  it("answers anything unexpected with a generic 500 that leaks nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = errorResponse(new Error("SQLITE_CONSTRAINT: secret table detail"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("SQLITE");
    expect(JSON.parse(text).error.code).toBe("INTERNAL");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("writes money as exact decimal strings", async () => {
    const res = jsonResponse({ amount: 12_345_678_901_234_567n, at: new Date("2026-01-02T03:04:05Z") });
    expect(await res.text()).toBe('{"amount":"12345678901234567","at":"2026-01-02T03:04:05.000Z"}');
  });
});
