"use server";
// Server actions of the bank portal: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { answerPush } from "@/lib/services/push-workflow";

export async function answerPushAction(pushId: number, projectId: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => answerPush(actor, pushId, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath(`/bank/projects/${projectId}`);
  revalidatePath("/bank");
  return { ok: true };
}
