import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { ACTIONS, can, ROLE_HOME } from "@/lib/auth/policy";

/** The caller's profile and what the policy lets it do: what the UI and API clients build on. */
export async function myProfile(actor: Actor) {
  const org = actor.organizationId
    ? await db.organization.findUnique({ where: { id: actor.organizationId }, select: { id: true, name: true, kind: true } })
    : null;
  return {
    id: actor.id, username: actor.username, displayName: actor.displayName, role: actor.role,
    organization: org, home: ROLE_HOME[actor.role],
    permissions: ACTIONS.filter((a) => can(actor, a)),
  };
}
