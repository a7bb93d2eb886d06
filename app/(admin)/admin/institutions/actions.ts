"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formStateOf, submittedValues, type FormState } from "@/lib/forms/action-state";
import { clientIp } from "@/lib/http/ip";
import { createInstitution, updateInstitution } from "@/lib/services/institutions";

async function context() {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return { actor, ip: clientIp(await headers()) };
}

export async function createInstitutionAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await createInstitution(actor, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath("/admin/institutions");
  return { ok: true };
}

export async function updateInstitutionAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await updateInstitution(actor, id, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath("/admin/institutions");
  redirect("/admin/institutions");
}
