// Green-finance products: a bank sees its own; the bureau and leaders see all.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { institutionWhere } from "./scope";

export async function listProducts(actor: Actor) {
  const rows = await db.financeProduct.findMany({
    where: institutionWhere(actor, "product.read"),
    orderBy: [{ institutionId: "asc" }, { id: "asc" }],
    include: { institution: { select: { name: true } }, categories: { include: { category: { select: { name: true } } } } },
  });
  return rows.map((p) => ({
    id: p.id, name: p.name, institution: p.institution.name, instrument: p.instrument,
    minAmount: p.minAmount, maxAmount: p.maxAmount, minTermMonths: p.minTermMonths, maxTermMonths: p.maxTermMonths,
    rateBp: p.rateBp, rateNote: p.rateNote, active: p.active,
    categories: p.categories.map((c) => c.category.name),
  }));
}
