"use server";
// Server actions of the project pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formStateOf, submittedValues, type FormState } from "@/lib/forms/action-state";
import { clientIp } from "@/lib/http/ip";
import { createFinancingRecord, deleteFinancingRecord, updateFinancingRecord } from "@/lib/services/financing/records";
import { transitionProject } from "@/lib/services/projects/transitions";
import { createProject, updateProject } from "@/lib/services/projects/write";

async function context() {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return { actor, ip: clientIp(await headers()) };
}

export async function createProjectAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id: number;
  try {
    const { actor, ip } = await context();
    ({ id } = await createProject(actor, Object.fromEntries(form), ip));
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  redirect(`/projects/${id}`);
}

export async function updateProjectAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await updateProject(actor, id, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath(`/projects/${id}`);
  redirect(`/projects/${id}`);
}

export async function transitionProjectAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await transitionProject(actor, id, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath(`/projects/${id}`);
  return { ok: true };
}

export async function recordFinancingAction(projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await createFinancingRecord(actor, projectId, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
}

export async function updateFinancingAction(recordId: number, projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await updateFinancingRecord(actor, recordId, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
}

export async function withdrawFinancingAction(recordId: number, projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await deleteFinancingRecord(actor, recordId, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath(`/projects/${projectId}`);
  return { ok: true };
}
