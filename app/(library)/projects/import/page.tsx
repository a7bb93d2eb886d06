import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ImportWizard } from "@/components/projects/import-wizard";
import { PageHeader } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";

export const metadata: Metadata = { title: m.importer.title };

export default async function ImportPage() {
  const actor = await requirePage("page.library");
  if (!can(actor, "project.import")) forbidden();
  return (
    <>
      <PageHeader title={m.importer.title} intro={m.importer.intro} />
      <ImportWizard labels={m.importer} tooLarge={m.upload.tooLarge} />
    </>
  );
}
