"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { createInstitution, updateInstitution } from "@/lib/services/institutions";

export async function createInstitutionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => createInstitution(actor, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/admin/institutions");
  return { ok: true };
}

export async function updateInstitutionAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => updateInstitution(actor, id, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/admin/institutions");
  redirect("/admin/institutions");
}
