"use server";
// Server actions of the ADB pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { addDisbursement } from "@/lib/services/adb/disbursements";
import { recordMilestone } from "@/lib/services/adb/milestones";
import { addPackage, updatePackage } from "@/lib/services/adb/packages";

async function run(subProjectId: number, form: FormData, write: (actor: Actor, input: Record<string, string>, ip: string | null) => Promise<unknown>): Promise<FormState> {
  const out = await runAction(form, write);
  if ("refused" in out) return out.refused;
  revalidatePath(`/adb/${subProjectId}`);
  revalidatePath("/adb");
  return { ok: true };
}

export async function recordMilestoneAction(subProjectId: number, kind: string, _prev: FormState, form: FormData): Promise<FormState> {
  return run(subProjectId, form, (actor, input, ip) => recordMilestone(actor, subProjectId, kind, input, ip));
}

export async function addDisbursementAction(subProjectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  return run(subProjectId, form, (actor, input, ip) => addDisbursement(actor, subProjectId, input, ip));
}

export async function addPackageAction(subProjectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  return run(subProjectId, form, (actor, input, ip) => addPackage(actor, subProjectId, input, ip));
}

export async function updatePackageAction(subProjectId: number, packageId: number, _prev: FormState, form: FormData): Promise<FormState> {
  return run(subProjectId, form, (actor, input, ip) => updatePackage(actor, subProjectId, packageId, input, ip));
}
