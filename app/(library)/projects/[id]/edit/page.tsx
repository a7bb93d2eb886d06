import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { projectFormValues } from "@/lib/forms/project-values";
import { m } from "@/lib/i18n";
import { getProjectDetail } from "@/lib/services/projects/detail";
import { referenceData } from "@/lib/services/reference";
import { updateProjectAction } from "../../actions";

export const metadata: Metadata = { title: m.form.editTitle };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("page.library");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const detail = await getProjectDetail(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (!detail.canEdit) forbidden();
  const reference = await referenceData(actor);
  const { project } = detail;
  return (
    <>
      <PageHeader title={`${m.form.editTitle}：${project.name}`} intro={`${project.code} · ${m.fields.version} ${project.version}`} />
      <ProjectForm action={updateProjectAction.bind(null, id)} initial={projectFormValues(project)} version={project.version} reference={reference}
        labels={{ fields: m.fields, form: m.form, stage: m.stage, instrument: m.instrument }} cancelHref={`/projects/${id}`} />
    </>
  );
}
