"use server";
// Server actions of the dispatch pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/action-state";
import { reportFormInput } from "@/lib/forms/report-values";
import { runAction } from "@/lib/forms/run-action";
import { closeProblem } from "@/lib/services/dispatch/problems";
import { fileReport } from "@/lib/services/dispatch/reports";

export async function fileReportAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, values, ip) => fileReport(actor, reportFormInput(values), ip));
  if ("refused" in out) return out.refused;
  const filed = out.result;
  revalidatePath("/dispatch");
  redirect(`/dispatch?year=${filed.year}&month=${filed.month}&filed=${filed.projectId}`);
}

export async function closeProblemAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => closeProblem(actor, id, input, ip));
  if ("refused" in out) return out.refused;
  revalidatePath("/dispatch");
  return { ok: true };
}
