"use server";
// Account administration: the signed-in administrator → the users service → form state.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { m } from "@/lib/i18n";
import { createUser, resetUserPassword, setUserActive, unlockUser, updateUser } from "@/lib/services/users";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => createUser(actor, input, ip));
  if ("refused" in out) return { ...out.refused, values: { ...out.refused.values, password: "" } };
  revalidatePath("/admin/users");
  return { ok: true, message: m.users.created };
}

export async function updateUserAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => updateUser(actor, id, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/admin/users");
  redirect("/admin/users");
}

/** The account's switches: enable/disable, unlock and password reset, each with the version the page showed. */
export async function userSwitchAction(id: number, which: "disable" | "enable" | "unlock" | "reset", _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) =>
    which === "unlock" ? unlockUser(actor, id, input, ip)
      : which === "reset" ? resetUserPassword(actor, id, input, ip)
        : setUserActive(actor, id, which === "enable", input, ip));
  if ("refused" in out) return which === "reset" ? { ...out.refused, values: {} } : out.refused;
  revalidatePath(`/admin/users/${id}`);
  revalidatePath("/admin/users");
  const done = { disable: m.users.disabledDone, enable: m.users.enabledDone, unlock: m.users.unlocked, reset: m.users.resetDone }[which];
  return { ok: true, message: done };
}
