import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { getMe } from "@/lib/http/endpoints/system";
import { authenticate } from "@/lib/services/auth";
import { closeSession, sessionActor } from "@/lib/services/sessions";
import { actorOf, apiRequest } from "../support/actors";

const MIN = 60_000;
const noParams = { params: Promise.resolve({}) };
let serial = 0;

async function auditCount(action: string, username: string) {
  return db.auditLog.count({ where: { action, actorName: username } });
}

/** A fresh account with a known password, so lockouts never touch the demo users. */
async function freshUser(password = "Start#2026") {
  return db.user.create({ data: { username: `auth-${Date.now()}-${serial++}`, displayName: "测试账户", role: "LEADER", passwordHash: await hashPassword(password) } });
}

/** A distinct client address per test: the address throttle counts across the whole process. */
const address = () => `10.9.${serial++}.1`;

describe("sign-in", () => {
  it("accepts every demo account with the demo password, records it and opens a session", async () => {
    for (const username of ["admin", "staff", "bank1", "bank2", "leader", "owner"]) {
      const before = await auditCount("auth.signIn", username);
      const outcome = await authenticate({ username, password: "Demo#2025" }, "127.0.0.1");
      if (!("actor" in outcome)) throw new Error(`${username} refused: ${outcome.refused}`);
      expect(outcome.actor.username).toBe(username);
      expect((await sessionActor(outcome.sessionId, outcome.actor.id))?.username).toBe(username);
      expect(await auditCount("auth.signIn", username)).toBe(before + 1);
    }
  });

  it("refuses a wrong password or unknown user the same way and records the failure", async () => {
    const before = await auditCount("auth.signIn.failed", "staff");
    expect(await authenticate({ username: "staff", password: "wrong" }, address())).toEqual({ refused: "FAILED" });
    expect(await auditCount("auth.signIn.failed", "staff")).toBe(before + 1);
    expect(await authenticate({ username: "nobody", password: "Demo#2025" }, address())).toEqual({ refused: "FAILED" });
    expect(await auditCount("auth.signIn.failed", "nobody")).toBeGreaterThanOrEqual(1);
    expect(await authenticate({ username: "", password: "" }, null)).toEqual({ refused: "FAILED" });
    await db.user.update({ where: { username: "staff" }, data: { failedLogins: 0 } });
  });

  it("refuses a disabled account", async () => {
    const user = await freshUser();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate({ username: user.username, password: "Start#2026" }, address())).toEqual({ refused: "FAILED" });
  });

  it("locks an account for 15 minutes after 5 failures in a row, even against the right password, and audits the lockout", async () => {
    const user = await freshUser();
    const t0 = new Date();
    for (let i = 1; i <= 4; i++) expect(await authenticate({ username: user.username, password: `Wrong#${i}xx` }, address(), t0)).toEqual({ refused: "FAILED" });
    expect(await authenticate({ username: user.username, password: "Wrong#5xx" }, address(), t0)).toEqual({ refused: "LOCKED" });
    expect(await auditCount("auth.lockout", user.username)).toBe(1);
    expect(await authenticate({ username: user.username, password: "Start#2026" }, address(), new Date(t0.getTime() + 14 * MIN))).toEqual({ refused: "LOCKED" });
    const after = await authenticate({ username: user.username, password: "Start#2026" }, address(), new Date(t0.getTime() + 16 * MIN));
    expect("actor" in after).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLogins).toBe(0);
  });

  it("a success in between starts the count of failures again", async () => {
    const user = await freshUser();
    for (let i = 0; i < 4; i++) await authenticate({ username: user.username, password: "Wrong#0000" }, address());
    expect("actor" in (await authenticate({ username: user.username, password: "Start#2026" }, address()))).toBe(true);
    for (let i = 0; i < 4; i++) expect(await authenticate({ username: user.username, password: "Wrong#0000" }, address())).toEqual({ refused: "FAILED" });
  });

  it("throttles an address after 20 failures, whatever account it then tries; other addresses are unaffected", async () => {
    const ip = address();
    for (let i = 0; i < 20; i++) expect(await authenticate({ username: `ghost-${i}`, password: "Wrong#0000" }, ip)).toEqual({ refused: "FAILED" });
    expect(await authenticate({ username: "leader", password: "Demo#2025" }, ip)).toEqual({ refused: "THROTTLED" });
    expect("actor" in (await authenticate({ username: "leader", password: "Demo#2025" }, address()))).toBe(true);
  });

  it("stores passwords only as argon2id hashes", async () => {
    const users = await db.user.findMany({ select: { passwordHash: true } });
    expect(users.every((u) => u.passwordHash.startsWith("$argon2id$"))).toBe(true);
  });
});

describe("sessions", () => {
  async function signedIn(at: Date) {
    const user = await freshUser();
    const outcome = await authenticate({ username: user.username, password: "Start#2026" }, address(), at);
    if (!("actor" in outcome)) throw new Error("refused");
    return { user, sid: outcome.sessionId };
  }

  it("end after 30 idle minutes, and the timeout is audited", async () => {
    const t0 = new Date();
    const { user, sid } = await signedIn(t0);
    expect(await sessionActor(sid, user.id, new Date(t0.getTime() + 29 * MIN))).not.toBeNull();
    // Used at 29 minutes: idle counts from there.
    expect(await sessionActor(sid, user.id, new Date(t0.getTime() + 58 * MIN))).not.toBeNull();
    expect(await sessionActor(sid, user.id, new Date(t0.getTime() + 89 * MIN))).toBeNull();
    expect(await auditCount("auth.sessionExpired", user.username)).toBe(1);
    expect(await sessionActor(sid, user.id, new Date(t0.getTime() + 90 * MIN))).toBeNull();
  });

  it("end after 12 hours however busy", async () => {
    const t0 = new Date();
    const { user, sid } = await signedIn(t0);
    for (let h = 0.4; h < 12; h += 0.4) expect(await sessionActor(sid, user.id, new Date(t0.getTime() + h * 60 * MIN))).not.toBeNull();
    expect(await sessionActor(sid, user.id, new Date(t0.getTime() + 12 * 60 * MIN + MIN))).toBeNull();
  });

  it("end at sign-out, audited once; a session id is useless for another user", async () => {
    const { user, sid } = await signedIn(new Date());
    const other = await actorOf("leader");
    expect(await sessionActor(sid, other.id)).toBeNull();
    await closeSession(sid, "sign-out");
    await closeSession(sid, "sign-out");
    expect(await sessionActor(sid, user.id)).toBeNull();
    expect(await auditCount("auth.signOut", user.username)).toBe(1);
  });

  it("stop the API at once when the session is closed", async () => {
    const { encode } = await import("next-auth/jwt");
    const { user, sid } = await signedIn(new Date());
    const cookie = `next-auth.session-token=${await encode({ token: { uid: user.id, sid }, secret: process.env.NEXTAUTH_SECRET! })}`;
    expect((await getMe(apiRequest("/api/v1/me", { cookie }), noParams)).status).toBe(200);
    await closeSession(sid, "sign-out");
    expect((await getMe(apiRequest("/api/v1/me", { cookie }), noParams)).status).toBe(401);
  });
});
