"use server";
// Server actions of the finance pages: the signed-in actor → the service → form state.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/action-state";
import { runAction } from "@/lib/forms/run-action";
import { createProduct, updateProduct } from "@/lib/services/products";

const LISTS = ["categoryIds", "regionIds"] as const;

export async function createProductAction(_prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => createProduct(actor, input, ip), LISTS);
  if ("refused" in out) return out.refused;
  revalidatePath("/finance/products");
  redirect("/finance/products");
}

export async function updateProductAction(id: number, _prev: FormState, form: FormData): Promise<FormState> {
  const out = await runAction(form, (actor, input, ip) => updateProduct(actor, id, input, ip), LISTS);
  if ("refused" in out) return out.refused;
  revalidatePath("/finance/products");
  redirect("/finance/products");
}
