// The climate block of the project page: the benefit trace with a link to its own page.
import { Section } from "@/components/ui/section";
import { m } from "@/lib/i18n";
import { BenefitTrace, type BenefitView } from "./benefit-trace";

export function ClimateSection({ project }: { project: BenefitView & { id: number } }) {
  return (
    <Section title={m.detail.climate}>
      <BenefitTrace project={project} link={`/climate/projects/${project.id}`} />
    </Section>
  );
}
