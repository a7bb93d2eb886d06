"use server";
// Server actions of the project pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { createFinancingRecord, deleteFinancingRecord, updateFinancingRecord } from "@/lib/services/financing/records";
import { createPushes } from "@/lib/services/push-workflow";
import { transitionProject } from "@/lib/services/projects/transitions";
import { createProject, updateProject } from "@/lib/services/projects/write";

/** After a write on a project's page: the page shows the new state, the form reports success. */
function saved(projectId: number): FormState {
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
}

export async function createProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => createProject(actor, input, ip));
  if ("refused" in out) return out.refused;
  redirect(`/projects/${out.result.id}`);
}

export async function updateProjectAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => updateProject(actor, id, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath(`/projects/${id}`);
  redirect(`/projects/${id}`);
}

export async function transitionProjectAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => transitionProject(actor, id, input, ip));
  return "refused" in out ? out.refused : saved(id);
}

export async function recordFinancingAction(projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => createFinancingRecord(actor, projectId, input, ip));
  return "refused" in out ? out.refused : saved(projectId);
}

export async function updateFinancingAction(recordId: number, projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => updateFinancingRecord(actor, recordId, input, ip));
  return "refused" in out ? out.refused : saved(projectId);
}

export async function withdrawFinancingAction(recordId: number, projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => deleteFinancingRecord(actor, recordId, input, ip));
  return "refused" in out ? out.refused : saved(projectId);
}

export async function pushProjectAction(projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => createPushes(actor, { ...input, projectId }, ip), ["institutionIds"]);
  return "refused" in out ? out.refused : saved(projectId);
}
