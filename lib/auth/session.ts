// The signed-in actor for pages and server actions.
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { loadActor } from "@/lib/services/auth";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { can, type Action } from "./policy";

export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  const uid = (session as { uid?: number } | null)?.uid;
  return typeof uid === "number" ? loadActor(uid) : null;
}

/** For pages: the actor, sent to sign in when anonymous, answered 403 when the role may not. */
export async function requirePage(action: Action): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  if (!can(actor, action)) forbidden();
  return actor;
}
