// Sign-in as a use case: throttle by address, lock after repeated failures, verify, open a
// server-side session, and record every outcome in the audit log.
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { LOCK_AFTER_FAILURES, LOCK_MINUTES, lockUntil } from "@/lib/domain/sign-in-rules";
import { signInFailuresByIp } from "@/lib/http/rate-limit";
import { audit } from "./audit";
import { actorSelect, openSession } from "./sessions";

export const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});


/** Why a sign-in was refused, as the sign-in form tells it (never whether the account exists). */
export type SignInRefusal = "FAILED" | "LOCKED" | "THROTTLED";

export type SignInOutcome = { actor: Actor; sessionId: string } | { refused: SignInRefusal };

export async function authenticate(input: unknown, ip: string | null, now = new Date()): Promise<SignInOutcome> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { refused: "FAILED" };
  const { username, password } = parsed.data;
  const address = ip ?? "unknown";
  const user = await db.user.findUnique({ where: { username }, select: { ...actorSelect, passwordHash: true, active: true, failedLogins: true, lockedUntil: true } });
  const failed = async (detail: string, refusal: SignInRefusal = "FAILED") => {
    await db.$transaction((tx) => audit(tx, user ?? { id: null, username }, { action: "auth.signIn.failed", entity: "User", entityId: user?.id, detail, ip }));
    return { refused: refusal };
  };

  if (!signInFailuresByIp.blocked(address, now.getTime()).allowed) return failed("address throttled", "THROTTLED");
  // Verified even when the account is missing or locked, so timing reveals neither.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (user?.lockedUntil && user.lockedUntil > now) return failed("account locked", "LOCKED");
  if (!user || !ok || !user.active) {
    signInFailuresByIp.hit(address, now.getTime());
    if (!user || !user.active) return failed(!user ? "unknown user" : "account disabled");
    return recordWrongPassword(user, ip, now);
  }
  const { passwordHash: _h, active: _a, failedLogins: _f, lockedUntil: _l, ...actor } = user;
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now, failedLogins: 0, lockedUntil: null } });
    await audit(tx, actor, { action: "auth.signIn", entity: "User", entityId: actor.id, ip });
    return openSession(tx, actor.id, ip, now);
  });
  return { actor, sessionId };
}

/** Counts the failure on the account; the fifth in a row locks it for 15 minutes. */
async function recordWrongPassword(user: { id: number; username: string }, ip: string | null, now: Date): Promise<{ refused: SignInRefusal }> {
  return db.$transaction(async (tx) => {
    const { failedLogins } = await tx.user.update({ where: { id: user.id }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    const until = lockUntil(failedLogins, now);
    await audit(tx, user, { action: "auth.signIn.failed", entity: "User", entityId: user.id, detail: `wrong password (${failedLogins} in a row)`, ip });
    if (!until) return { refused: "FAILED" as const };
    await tx.user.update({ where: { id: user.id }, data: { lockedUntil: until, failedLogins: 0 } });
    await audit(tx, user, { action: "auth.lockout", entity: "User", entityId: user.id, detail: `${LOCK_AFTER_FAILURES} failed sign-ins: locked for ${LOCK_MINUTES} minutes`, after: { lockedUntil: until }, ip });
    return { refused: "LOCKED" as const };
  });
}

/** The actor for a user id, or null when the account no longer exists or is disabled (tests, scripts). */
export async function loadActor(userId: number): Promise<Actor | null> {
  return db.user.findUnique({ where: { id: userId, active: true }, select: actorSelect });
}
