import { describe, expect, it } from "vitest";
import { lockUntil, passwordProblem, sessionState } from "@/lib/domain/sign-in-rules";
import { RateLimiter } from "@/lib/http/rate-limit";

const MIN = 60_000;

describe("password strength", () => {
  it.each([
    ["Ab1#", "密码至少 8 位"],
    ["abcdefgh", "密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    ["abcdefg1", "密码须包含大写字母、小写字母、数字、符号中的至少三类"],
    ["Zhang3#san", "密码不能包含用户名"],
    ["a".repeat(129), "密码不能超过 128 位"],
  ])("refuses %s", (pw, why) => expect(passwordProblem(pw, "zhang3")).toBe(why));

  it.each(["Demo#2025", "abcdefG1", "abc#efg1", "ABC#EFG1", "密码Ab#12345"])("accepts %s", (pw) => expect(passwordProblem(pw, "zhang3")).toBeNull());
});

describe("lockout and sessions", () => {
  const now = new Date("2026-11-23T08:00:00Z");
  it("locks at the fifth failure for 15 minutes", () => {
    expect(lockUntil(4, now)).toBeNull();
    expect(lockUntil(5, now)?.toISOString()).toBe("2026-11-23T08:15:00.000Z");
  });

  it("tells active, idle, expired and revoked sessions apart", () => {
    const s = { lastSeenAt: now, expiresAt: new Date(now.getTime() + 12 * 60 * MIN), revokedAt: null };
    expect(sessionState(s, new Date(now.getTime() + 30 * MIN))).toBe("active");
    expect(sessionState(s, new Date(now.getTime() + 30 * MIN + 1))).toBe("idle");
    expect(sessionState({ ...s, lastSeenAt: new Date(now.getTime() + 700 * MIN) }, new Date(now.getTime() + 720 * MIN))).toBe("expired");
    expect(sessionState({ ...s, revokedAt: now }, now)).toBe("revoked");
  });
});

describe("rate limiter", () => {
  it("allows the limit within a window, refuses beyond with the seconds to wait, and starts again after it", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([0, 1, 2].map(() => limiter.hit("a", t).allowed)).toEqual([true, true, true]);
    expect(limiter.hit("a", t + 10_000)).toEqual({ allowed: false, retryAfterS: 50 });
    expect(limiter.hit("b", t + 10_000).allowed).toBe(true);
    expect(limiter.blocked("a", t + 10_000).allowed).toBe(false);
    expect(limiter.hit("a", t + 60_000).allowed).toBe(true);
  });
});
