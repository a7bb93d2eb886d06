import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { referenceData } from "@/lib/services/reference";
import { createProjectAction } from "../actions";

export const metadata: Metadata = { title: m.form.createTitle };

export default async function NewProjectPage() {
  const actor = await requirePage("page.library");
  if (!can(actor, "project.create")) forbidden();
  const reference = await referenceData(actor);
  return (
    <>
      <PageHeader title={m.form.createTitle} />
      <ProjectForm action={createProjectAction} initial={{ stage: "PREPARATION" }} reference={reference}
        labels={{ fields: m.fields, form: m.form, stage: m.stage, instrument: m.instrument }} cancelHref="/projects" />
    </>
  );
}
