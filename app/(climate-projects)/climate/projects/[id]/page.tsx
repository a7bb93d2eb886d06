import { recordOr404 } from "@/lib/forms/record-or-404";
import type { Metadata } from "next";
import Link from "next/link";
import { saveBenefitAction } from "@/app/(climate)/climate/actions";
import { BenefitForm } from "@/components/climate/benefit-form";
import { BenefitTrace } from "@/components/climate/benefit-trace";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatQuantity } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { projectBenefit } from "@/lib/services/climate/benefits";
import { listFactors } from "@/lib/services/climate/factors";

export const metadata: Metadata = { title: m.climate.project.title };

const t = m.climate.project;

export default async function ProjectBenefitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("project.read");
  const b = await recordOr404((await params).id, (id) => projectBenefit(actor, id));
  const factors = b.canEdit ? await listFactors(actor) : [];
  const option = (key: string) => factors.filter((f) => f.key.startsWith(key)).map((f) => ({ value: f.key, label: `${f.name}（${formatQuantity(f.value, 6)} ${f.unit}）` }));
  const p = b.project;
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <PageHeader title={`${t.title} · ${p.name}`} intro={`${p.code} · ${p.categoryCode} ${p.category} · ${p.region}`} />
        <Link href={`/projects/${p.id}`} className="shrink-0 rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50">{t.back}</Link>
      </div>
      <div className="space-y-6">
        <Section title={t.computedVsDeclared}>
          <BenefitTrace project={{ ...b.figures, declaredCo2T: b.declaredCo2T, benefitTrace: b.trace, benefitComputedAt: b.computedAt }} stale={b.staleFactors} />
        </Section>
        {b.canEdit && (
          <Section title={t.edit}>
            <p className="mb-3 text-sm text-slate-500">{t.intro}</p>
            <BenefitForm action={saveBenefitAction.bind(null, p.id)} version={p.version} lines={b.lines} declaredCo2T={b.declaredCo2T}
              grids={option("grid.")} rates={[...option("forest."), ...option("grassland."), ...option("wetland.")]} />
          </Section>
        )}
      </div>
    </>
  );
}
