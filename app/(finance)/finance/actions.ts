"use server";
// Server actions of the finance pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { UnauthorizedError } from "@/lib/errors";
import { formInput, formStateOf, type FormState } from "@/lib/forms/action-state";
import { clientIp } from "@/lib/http/ip";
import { createProduct, updateProduct } from "@/lib/services/products";

const LISTS = ["categoryIds", "regionIds"] as const;

async function context() {
  const actor = await currentActor();
  if (!actor) throw new UnauthorizedError();
  return { actor, ip: clientIp(await headers()) };
}

export async function createProductAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = formInput(form, LISTS);
  try {
    const { actor, ip } = await context();
    await createProduct(actor, input, ip);
  } catch (e) {
    return formStateOf(e, input);
  }
  revalidatePath("/finance/products");
  redirect("/finance/products");
}

export async function updateProductAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const input = formInput(form, LISTS);
  try {
    const { actor, ip } = await context();
    await updateProduct(actor, id, input, ip);
  } catch (e) {
    return formStateOf(e, input);
  }
  revalidatePath("/finance/products");
  redirect("/finance/products");
}
