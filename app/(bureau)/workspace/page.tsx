import type { Metadata } from "next";
import { CategoryTable } from "@/components/library/category-table";
import { HeadlineKpis } from "@/components/library/headline-kpis";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { headlineFigures } from "@/lib/services/summary";

export const metadata: Metadata = { title: m.home.bureauTitle };

export default async function WorkspacePage() {
  const actor = await requirePage("page.workspace");
  const figures = await headlineFigures(actor);
  return (
    <>
      <PageHeader title={m.home.bureauTitle} intro={m.home.bureauIntro} />
      <HeadlineKpis f={figures} />
      <div className="mt-6">
        <Section title={`${m.table.category} · ${m.kpi.need}、${m.kpi.secured}与${m.kpi.gap}`}>
          <CategoryTable f={figures} />
        </Section>
      </div>
    </>
  );
}
