"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formStateOf, submittedValues, type FormState } from "@/lib/forms/action-state";
import { clientIp } from "@/lib/http/ip";
import { deleteReference, saveCategory, saveRegion, setRetired } from "@/lib/services/reference-admin";

type Kind = "category" | "region";

async function run(form: FormData, work: (actor: NonNullable<Awaited<ReturnType<typeof currentActor>>>, ip: string | null) => Promise<unknown>): Promise<FormState> {
  try {
    const actor = await currentActor();
    if (!actor) throw new UnauthorizedError();
    await work(actor, clientIp(await headers()));
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath("/admin/reference");
  return { ok: true };
}

export async function saveReferenceAction(kind: Kind, id: number | null, _prev: FormState, form: FormData): Promise<FormState> {
  const input = Object.fromEntries(form);
  return run(form, (actor, ip) => (kind === "category" ? saveCategory(actor, id, input, ip) : saveRegion(actor, id, input, ip)));
}

export async function retireReferenceAction(kind: Kind, id: number, retired: boolean, _prev: FormState, form: FormData): Promise<FormState> {
  return run(form, (actor, ip) => setRetired(actor, kind, id, { retired }, ip));
}

export async function deleteReferenceAction(kind: Kind, id: number, _prev: FormState, form: FormData): Promise<FormState> {
  return run(form, (actor, ip) => deleteReference(actor, kind, id, ip));
}
