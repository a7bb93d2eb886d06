import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/policy";

export default async function Root() {
  const actor = await currentActor();
  redirect(!actor ? "/login" : actor.mustChangePassword ? "/account/password" : ROLE_HOME[actor.role]);
}
