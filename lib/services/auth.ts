// Sign-in and sign-out as use cases: verify, record the outcome in the audit log.
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { audit } from "./audit";

export const credentialsSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

const actorSelect = { id: true, username: true, displayName: true, role: true, organizationId: true, regionId: true } as const;

export async function authenticate(input: unknown, ip: string | null): Promise<Actor | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { username, password } = parsed.data;
  const user = await db.user.findUnique({ where: { username }, select: { ...actorSelect, passwordHash: true, active: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.active) {
    await db.$transaction((tx) =>
      audit(tx, user ?? { id: null, username }, {
        action: "auth.signIn.failed",
        entity: "User",
        entityId: user?.id,
        detail: !user ? "unknown user" : !user.active ? "account disabled" : "wrong password",
        ip,
      }),
    );
    return null;
  }
  const actor: Actor = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, organizationId: user.organizationId, regionId: user.regionId };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date(), failedLogins: 0 } });
    await audit(tx, actor, { action: "auth.signIn", entity: "User", entityId: actor.id, ip });
  });
  return actor;
}

export async function recordSignOut(userId: number): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
  if (user) await db.$transaction((tx) => audit(tx, user, { action: "auth.signOut", entity: "User", entityId: user.id }));
}

/** The actor behind a session: null when the account no longer exists or is disabled. */
export async function loadActor(userId: number): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId, active: true }, select: actorSelect });
  return user ?? null;
}
