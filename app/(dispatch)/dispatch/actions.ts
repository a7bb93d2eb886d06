"use server";
// Server actions of the dispatch pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formStateOf, submittedValues, type FormState } from "@/lib/forms/action-state";
import { reportFormInput } from "@/lib/forms/report-values";
import { clientIp } from "@/lib/http/ip";
import { closeProblem } from "@/lib/services/dispatch/problems";
import { fileReport } from "@/lib/services/dispatch/reports";

async function context() {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return { actor, ip: clientIp(await headers()) };
}

export async function fileReportAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = submittedValues(form);
  let filed: { projectId: number; year: number; month: number };
  try {
    const { actor, ip } = await context();
    filed = await fileReport(actor, reportFormInput(values), ip);
  } catch (e) {
    return formStateOf(e, values);
  }
  revalidatePath("/dispatch");
  redirect(`/dispatch?year=${filed.year}&month=${filed.month}&filed=${filed.projectId}`);
}

export async function closeProblemAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const { actor, ip } = await context();
    await closeProblem(actor, id, Object.fromEntries(form), ip);
  } catch (e) {
    return formStateOf(e, submittedValues(form));
  }
  revalidatePath("/dispatch");
  return { ok: true };
}
