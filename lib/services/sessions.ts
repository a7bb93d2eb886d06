// Server-side sessions: the cookie names one; whether it still holds is decided here on every
// request (idle 30 minutes, absolute 12 hours, signed out, account disabled, password reset).
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { SESSION_ABSOLUTE_HOURS, sessionState } from "@/lib/domain/sign-in-rules";
import { audit } from "./audit";

/** What every request loads of the signed-in user. */
export const actorSelect = { id: true, username: true, displayName: true, role: true, organizationId: true, regionId: true, mustChangePassword: true } as const;

/** Touching lastSeenAt at most this often keeps a busy session from writing on every request. */
const TOUCH_EVERY_MS = 60_000;

export async function openSession(tx: Tx, userId: number, ip: string | null, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await tx.userSession.create({ data: { id, userId, ip, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000) } });
  return id;
}

/** The actor of a live session, or null; a session found timed out is closed and the timeout audited. */
export async function sessionActor(sessionId: unknown, userId: unknown, now = new Date()): Promise<Actor | null> {
  if (typeof sessionId !== "string" || typeof userId !== "number") return null;
  const s = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: { select: { ...actorSelect, active: true } } } });
  if (!s || s.userId !== userId || !s.user.active) return null;
  const state = sessionState(s, now);
  if (state !== "active") {
    if (state !== "revoked") await closeSession(sessionId, state === "idle" ? "idle timeout" : "absolute timeout", now);
    return null;
  }
  if (now.getTime() - s.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { active: _a, ...actor } = s.user;
  return actor;
}

/** Ends a session (sign-out or timeout) once, with the reason in the audit log. */
export async function closeSession(sessionId: string, reason: "sign-out" | "idle timeout" | "absolute timeout", now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const closed = await tx.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
    if (!closed.count) return;
    const s = await tx.userSession.findUniqueOrThrow({ where: { id: sessionId }, select: { user: { select: { id: true, username: true } } } });
    await audit(tx, s.user, { action: reason === "sign-out" ? "auth.signOut" : "auth.sessionExpired", entity: "User", entityId: s.user.id, detail: reason });
  });
}

/** Ends every session of a user (account disabled, password reset or changed), except `keep`. */
export async function revokeSessions(tx: Tx, userId: number, now = new Date(), keep?: string): Promise<number> {
  const r = await tx.userSession.updateMany({ where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) }, data: { revokedAt: now } });
  return r.count;
}
