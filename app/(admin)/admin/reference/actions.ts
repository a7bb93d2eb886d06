"use server";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { deleteReference, saveCategory, saveRegion, setRetired } from "@/lib/services/reference-admin";

type Kind = "category" | "region";

async function run(form: FormData, work: (actor: Actor, input: Record<string, string>, ip: string | null) => Promise<unknown>): Promise<FormState> {
  const out = await runAction(form, work);
  if ("refused" in out) return out.refused;
  revalidatePath("/admin/reference");
  return { ok: true };
}

export async function saveReferenceAction(kind: Kind, id: number | null, _prev: FormState, form: FormData): Promise<FormState> {
  return run(form, (actor, input, ip) => (kind === "category" ? saveCategory(actor, id, input, ip) : saveRegion(actor, id, input, ip)));
}

export async function retireReferenceAction(kind: Kind, id: number, retired: boolean, _prev: FormState, form: FormData): Promise<FormState> {
  return run(form, (actor, _input, ip) => setRetired(actor, kind, id, { retired }, ip));
}

export async function deleteReferenceAction(kind: Kind, id: number, _prev: FormState, form: FormData): Promise<FormState> {
  return run(form, (actor, _input, ip) => deleteReference(actor, kind, id, ip));
}
