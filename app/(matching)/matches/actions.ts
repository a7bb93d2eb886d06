"use server";
// The bureau's full re-match: the signed-in actor → the service → form state with the counts.
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { m } from "@/lib/i18n";
import { runFullRematch } from "@/lib/services/matching/run";

export async function rematchAllAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, _input, ip) => runFullRematch(actor, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/matches");
  const { pairs, matches } = out.result;
  return { ok: true, message: m.matching.rematch.done.replace("{pairs}", pairs.toLocaleString("zh-CN")).replace("{matches}", matches.toLocaleString("zh-CN")) };
}
