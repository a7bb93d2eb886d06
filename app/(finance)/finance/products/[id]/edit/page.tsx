import { recordOr404 } from "@/lib/forms/record-or-404";
import type { Metadata } from "next";
import { ProductForm } from "@/components/finance/product-form";
import { PageHeader } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { productFormValues } from "@/lib/forms/product-values";
import { m } from "@/lib/i18n";
import { getProduct } from "@/lib/services/products";
import { referenceData } from "@/lib/services/reference";
import { updateProductAction } from "../../../actions";

export const metadata: Metadata = { title: m.finance.products.editTitle };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("product.manage");
  const product = await recordOr404((await params).id, (id) => getProduct(actor, id, "product.manage"));
  const id = product.id;
  const reference = await referenceData(actor);
  return (
    <>
      <PageHeader title={m.finance.products.editTitle} intro={`${product.institution.name} · ${product.name}`} />
      <ProductForm action={updateProductAction.bind(null, id)} initial={productFormValues(product)} categories={reference.categories} regions={reference.regions} institutions={[]} />
    </>
  );
}
