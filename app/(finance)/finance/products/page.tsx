import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { formatMoney, formatNumber, formatRateBp } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { listProducts, type Product } from "@/lib/services/products";

export const metadata: Metadata = { title: m.finance.products.title };

const t = m.finance.products;

export default async function ProductsPage() {
  const actor = await requirePage("product.read");
  const products = await listProducts(actor);
  const manage = can(actor, "product.manage");
  const matchesPath = can(actor, "page.matching") ? "/matches" : can(actor, "page.bankPortal") ? "/bank" : null;
  const range = (min: string | null, max: string | null, unit = "") => (min === null && max === null ? "—" : `${min ?? "—"} ~ ${max ?? "—"}${unit}`);
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <PageHeader title={t.title} intro={actor.role === "BANK" ? t.introBank : t.intro} />
        {manage && <Link href="/finance/products/new" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{t.add}</Link>}
      </div>
      <Section title={t.count.replace("{n}", String(products.length))}>
        <DataTable<Product> rows={products} rowKey={(p) => p.id} testId="products-table" columns={[
          { key: "name", header: m.table.product, render: (p) => <span className="font-medium">{p.name}</span> },
          ...(actor.role === "BANK" ? [] : [{ key: "inst", header: t.institution, render: (p: Product) => p.institution.name }]),
          { key: "instrument", header: m.table.instrument, render: (p) => m.instrument[p.instrument] },
          { key: "cats", header: t.categories, render: (p) => p.categories.map((c) => c.name).join("、") },
          { key: "regions", header: t.regions, render: (p) => (p.regions.length ? p.regions.map((r) => r.name).join("、") : t.allRegions) },
          { key: "amount", header: m.table.amountRange, align: "right", render: (p) => range(p.minAmount === null ? null : formatMoney(p.minAmount), p.maxAmount === null ? null : formatMoney(p.maxAmount)) },
          { key: "term", header: m.table.term, align: "right", render: (p) => range(p.minTermMonths === null ? null : String(p.minTermMonths), p.maxTermMonths === null ? null : String(p.maxTermMonths), ` ${m.table.months}`) },
          { key: "rate", header: m.table.rate, align: "right", render: (p) => p.rateNote ?? formatRateBp(p.rateBp, 2) },
          { key: "co2", header: t.minCo2, align: "right", render: (p) => (p.minCo2ReductionT === null ? "—" : `${formatNumber(p.minCo2ReductionT)} tCO₂e`) },
          { key: "tool", header: m.projects.carbonTool, render: (p) => (p.carbonToolLinked ? <Badge tone="green">{m.projects.yes}</Badge> : "—") },
          { key: "active", header: m.table.active, render: (p) => <Badge tone={p.active ? "green" : "gray"}>{p.active ? m.table.activeYes : m.table.activeNo}</Badge> },
          ...(matchesPath ? [{ key: "matches", header: "", render: (p: Product) => <Link className="whitespace-nowrap text-brand-700 hover:underline" href={`${matchesPath}?productId=${p.id}`}>{t.viewMatches}</Link> }] : []),
          ...(manage ? [{ key: "edit", header: "", render: (p: Product) => <Link className="whitespace-nowrap text-brand-700 hover:underline" href={`/finance/products/${p.id}/edit`}>{t.edit}</Link> }] : []),
        ]} />
      </Section>
    </>
  );
}
