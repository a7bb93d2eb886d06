// A user's own account: changing the password (strength, no reuse of the last five, other
// sessions ended), in one transaction with its audit entry.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_HISTORY, passwordProblem } from "@/lib/domain/sign-in-rules";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { passwordChangeInput } from "@/lib/validation/account";
import { audit } from "./audit";
import { revokeSessions } from "./sessions";

const refuse = (path: string, message: string) => new ValidationError(message, { fields: [{ path, message }] });

/** Whether `plain` is the current password or one of the earlier ones the history keeps. */
async function reused(tx: Tx, userId: number, currentHash: string, plain: string): Promise<boolean> {
  const earlier = await tx.passwordHistory.findMany({ where: { userId }, orderBy: { id: "desc" }, take: PASSWORD_HISTORY - 1, select: { hash: true } });
  for (const h of [currentHash, ...earlier.map((e) => e.hash)]) if (await verifyPassword(h, plain)) return true;
  return false;
}

/**
 * Sets a new password for `userId`: checks strength and reuse, keeps the old hash in the history,
 * and ends the user's sessions except `keepSession`. Shared by the user's own change and the
 * administrator's reset (which also sets mustChangePassword).
 */
export async function storePassword(tx: Tx, user: { id: number; username: string; passwordHash: string }, plain: string, field: string, opts: { mustChange: boolean; keepSession?: string; now: Date }) {
  const weak = passwordProblem(plain, user.username);
  if (weak) throw refuse(field, weak);
  if (await reused(tx, user.id, user.passwordHash, plain)) throw refuse(field, m.account.password.reused);
  await tx.passwordHistory.create({ data: { userId: user.id, hash: user.passwordHash, createdAt: opts.now } });
  await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(plain), passwordChangedAt: opts.now, mustChangePassword: opts.mustChange, failedLogins: 0, lockedUntil: null, version: { increment: 1 } },
  });
  await revokeSessions(tx, user.id, opts.now, opts.keepSession);
}

export async function changePassword(actor: Actor, input: unknown, sessionId: string | undefined, ip: string | null = null, now = new Date()) {
  const data = parseInput(passwordChangeInput, input);
  if (data.next !== data.confirm) throw refuse("confirm", m.account.password.mismatch);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, username: true, passwordHash: true } });
    if (!(await verifyPassword(user.passwordHash, data.current))) throw refuse("current", m.account.password.wrongCurrent);
    await storePassword(tx, user, data.next, "next", { mustChange: false, keepSession: sessionId, now });
    await audit(tx, actor, { action: "auth.passwordChange", entity: "User", entityId: actor.id, ip });
  });
}
