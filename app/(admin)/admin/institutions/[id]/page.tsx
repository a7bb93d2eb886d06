import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { institutionFields } from "@/components/finance/institution-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { institutionRegions, listInstitutions } from "@/lib/services/institutions";
import { updateInstitutionAction } from "../actions";

export const metadata: Metadata = { title: m.finance.institutions.editTitle };

const t = m.finance.institutions;

export default async function EditInstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("institution.manage");
  const id = Number((await params).id);
  const [rows, regions] = await Promise.all([listInstitutions(actor), institutionRegions()]);
  const row = rows.find((r) => r.id === id);
  if (!row) notFound();
  const banks = rows.filter((r) => r.kind === "BANK" && r.parent === null && r.id !== id);
  const initial = {
    name: row.name, shortName: row.shortName ?? "", kind: row.kind, parentId: row.parent ? String(row.parent.id) : "",
    regionId: row.regionId ? String(row.regionId) : "", creditCode: row.creditCode ?? "", contact: row.contact ?? "", phone: row.phone ?? "",
  };
  return (
    <>
      <PageHeader title={t.editTitle} intro={row.name} />
      <Section title={t.edit}>
        <ActionForm action={updateInstitutionAction.bind(null, id)} fields={institutionFields(banks, regions)} initial={initial} submit={m.form.save} pending={m.form.saving} choose={m.form.choose}
          footer={<Link href="/admin/institutions" className="rounded-md border border-slate-300 px-5 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{m.form.cancel}</Link>} />
      </Section>
    </>
  );
}
