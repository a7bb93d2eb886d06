"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formStateOf, submittedValues, type FormState } from "@/lib/forms/action-state";
import { clientIp } from "@/lib/http/ip";
import { m } from "@/lib/i18n";
import { recomputeFactor, saveProjectBenefit, type RecomputeSummary } from "@/lib/services/climate/benefits";
import { createFactorVersion } from "@/lib/services/climate/factors";

async function signedIn(): Promise<{ actor: Actor; ip: string | null }> {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return { actor, ip: clientIp(await headers()) };
}

export async function createFactorVersionAction(key: string, _prev: FormState, form: FormData): Promise<FormState> {
  let affected: number;
  try {
    const { actor, ip } = await signedIn();
    affected = (await createFactorVersion(actor, { ...Object.fromEntries(form), key }, ip)).affectedProjects;
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath("/climate/factors");
  return { ok: true, message: m.climate.factors.published.replace("{n}", String(affected)) };
}

export type RecomputeState = FormState & { summary?: RecomputeSummary };

export async function recomputeAction(key: string, _prev: RecomputeState, form: FormData): Promise<RecomputeState> {
  let summary: RecomputeSummary;
  try {
    const { actor, ip } = await signedIn();
    summary = await recomputeFactor(actor, key, ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  // No revalidation here: it would re-render the page without the stale factor and unmount the
  // panel that shows this summary. The pages read fresh data on their next request.
  return { ok: true, summary };
}

export async function saveBenefitAction(projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await signedIn();
    await saveProjectBenefit(actor, projectId, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath(`/climate/projects/${projectId}`);
  revalidatePath(`/projects/${projectId}`);
  return { ok: true, message: m.climate.project.saved };
}
