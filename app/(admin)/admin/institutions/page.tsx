import type { Metadata } from "next";
import Link from "next/link";
import { institutionFields } from "@/components/finance/institution-fields";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { institutionRegions, listInstitutions } from "@/lib/services/institutions";
import { createInstitutionAction } from "./actions";

export const metadata: Metadata = { title: m.finance.institutions.title };

const t = m.finance.institutions;

export default async function InstitutionsPage() {
  const actor = await requirePage("institution.manage");
  const [rows, regions] = await Promise.all([listInstitutions(actor), institutionRegions()]);
  type Row = (typeof rows)[number];
  const banks = rows.filter((r) => r.kind === "BANK" && r.parent === null);
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <div className="space-y-6">
        <Section title={t.add}>
          <ActionForm action={createInstitutionAction} fields={institutionFields(banks, regions)} submit={t.add} pending={m.form.saving} done={t.saved} choose={m.form.choose} testId="institution-form" />
        </Section>
        <Section title={`${t.title}（${rows.length}）`}>
          <DataTable<Row> rows={rows} rowKey={(r) => r.id} testId="institutions-table" columns={[
            { key: "name", header: t.fields.name, render: (r) => <span className={r.parent ? "pl-4" : "font-medium"}>{r.name}</span> },
            { key: "kind", header: t.fields.kind, render: (r) => m.orgKind[r.kind as keyof typeof m.orgKind] },
            { key: "parent", header: t.parent, render: (r) => r.parent?.name ?? t.none },
            { key: "region", header: t.region, render: (r) => r.region ?? t.none },
            { key: "contact", header: t.fields.contact, render: (r) => [r.contact, r.phone].filter(Boolean).join(" ") || t.none },
            { key: "products", header: t.productsCount, align: "right", render: (r) => r.products },
            { key: "records", header: t.recordsCount, align: "right", render: (r) => r.financingRecords },
            { key: "edit", header: "", render: (r) => <Link className="text-brand-700 hover:underline" href={`/admin/institutions/${r.id}`}>{t.edit}</Link> },
          ]} />
        </Section>
      </div>
    </>
  );
}
