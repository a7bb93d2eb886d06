// The signed-in actor for pages and server actions.
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { sessionActor } from "@/lib/services/sessions";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Action } from "./policy";

export async function currentActor(): Promise<Actor | null> {
  const session = (await getServerSession(authOptions())) as { uid?: number; sid?: string } | null;
  return sessionActor(session?.sid, session?.uid);
}

/**
 * For pages: the actor, sent to sign in when anonymous (or timed out), to change the password
 * when it must, answered 403 when the role may not.
 */
export async function requirePage(action: Action): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword) redirect("/account/password");
  if (!can(actor, action)) forbidden();
  return actor;
}
