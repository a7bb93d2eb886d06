"use server";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { markRead } from "@/lib/services/notifications";

export async function markReadAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input) => markRead(actor, input));
  if ("refused" in out) return out.refused;
  revalidatePath("/", "layout");
  return { ok: true };
}
