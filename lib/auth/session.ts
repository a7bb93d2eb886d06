// The signed-in actor for pages and server actions.
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { sessionActor } from "@/lib/services/sessions";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Action } from "./policy";

/** The signed-in actor and the server-side session it signed in with, or null. */
export async function currentSession(): Promise<{ actor: Actor; sessionId: string } | null> {
  const session = (await getServerSession(authOptions())) as { uid?: number; sid?: string } | null;
  const actor = await sessionActor(session?.sid, session?.uid);
  return actor && { actor, sessionId: session!.sid! };
}

export async function currentActor(): Promise<Actor | null> {
  return (await currentSession())?.actor ?? null;
}

/** For the password page: any signed-in user, including one who must change the password first. */
export async function requireSignedIn(): Promise<{ actor: Actor; sessionId: string }> {
  const session = await currentSession();
  if (!session) redirect("/login");
  return session;
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
