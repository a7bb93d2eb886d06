import type { Metadata } from "next";
import { ProductForm } from "@/components/finance/product-form";
import { PageHeader } from "@/components/ui/section";
import { scopeOf } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { institutionOptions } from "@/lib/services/institutions";
import { referenceData } from "@/lib/services/reference";
import { createProductAction } from "../../actions";

export const metadata: Metadata = { title: m.finance.products.createTitle };

export default async function NewProductPage() {
  const actor = await requirePage("product.manage");
  // A bank's product is its own; only the bureau admin chooses the institution.
  const chooses = scopeOf(actor, "product.manage") === "any";
  const [reference, institutions] = await Promise.all([referenceData(actor), chooses ? institutionOptions(actor) : Promise.resolve([])]);
  return (
    <>
      <PageHeader title={m.finance.products.createTitle} />
      <ProductForm action={createProductAction} initial={{ active: "true" }} categories={reference.categories} regions={reference.regions}
        institutions={institutions.filter((i) => i.kind !== "GOVERNMENT")} />
    </>
  );
}
