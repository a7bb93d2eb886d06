import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/finance/product-form";
import { PageHeader } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { productFormValues } from "@/lib/forms/product-values";
import { m } from "@/lib/i18n";
import { getProduct } from "@/lib/services/products";
import { referenceData } from "@/lib/services/reference";
import { updateProductAction } from "../../../actions";

export const metadata: Metadata = { title: m.finance.products.editTitle };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("product.manage");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const product = await getProduct(actor, id, "product.manage").catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const reference = await referenceData(actor);
  return (
    <>
      <PageHeader title={m.finance.products.editTitle} intro={`${product.institution.name} · ${product.name}`} />
      <ProductForm action={updateProductAction.bind(null, id)} initial={productFormValues(product)} categories={reference.categories} regions={reference.regions} institutions={[]} />
    </>
  );
}
