// A product as its form shows it again: amounts in 万元, rates in percent, id lists comma-separated.
import { yuanToWanText } from "@/lib/domain/money";
import { bpToPercentText } from "@/lib/domain/rate-input";
import type { Product } from "@/lib/services/products";

export function productFormValues(p: Product): Record<string, string> {
  const text = (v: number | bigint | string | null) => (v === null ? "" : typeof v === "bigint" ? yuanToWanText(v) : String(v));
  return {
    version: String(p.version), name: p.name, instrument: p.instrument, description: p.description ?? "",
    categoryIds: p.categories.map((c) => c.id).join(","), regionIds: p.regions.map((r) => r.id).join(","),
    minAmount: text(p.minAmount), maxAmount: text(p.maxAmount), minTermMonths: text(p.minTermMonths), maxTermMonths: text(p.maxTermMonths),
    rateBp: p.rateBp === null ? "" : bpToPercentText(p.rateBp), rateNote: p.rateNote ?? "", minCo2ReductionT: text(p.minCo2ReductionT),
    carbonToolLinked: String(p.carbonToolLinked), active: String(p.active),
  };
}
