import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { projectFormValues } from "@/lib/forms/project-values";
import { m } from "@/lib/i18n";
import { referenceData } from "@/lib/services/reference";
import { COMPUTED_FIGURES } from "@/lib/services/projects/write";
import { updateProjectAction } from "../../actions";
import { projectDetailOr404 } from "../load";

export const metadata: Metadata = { title: m.form.editTitle };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("page.library");
  const detail = await projectDetailOr404(actor, (await params).id);
  const id = detail.project.id;
  if (!detail.canEdit) forbidden();
  const reference = await referenceData(actor);
  const { project } = detail;
  return (
    <>
      <PageHeader title={`${m.form.editTitle}：${project.name}`} intro={`${project.code} · ${m.fields.version} ${project.version}`} />
      <ProjectForm action={updateProjectAction.bind(null, id)} initial={projectFormValues(project)} version={project.version} reference={reference}
        labels={{ fields: m.fields, form: m.form, stage: m.stage, instrument: m.instrument }} cancelHref={`/projects/${id}`}
        computed={project.benefitTrace !== null ? COMPUTED_FIGURES : []} />
    </>
  );
}
