import type { Metadata } from "next";
import { SecuredGapChart } from "@/components/charts/secured-gap-chart";
import { CategoryTable } from "@/components/library/category-table";
import { HeadlineKpis } from "@/components/library/headline-kpis";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { yuanToYiNumber } from "@/lib/domain/money";
import { m } from "@/lib/i18n";
import { headlineFigures } from "@/lib/services/summary";

export const metadata: Metadata = { title: m.home.cockpitTitle };

export default async function CockpitPage() {
  const actor = await requirePage("page.cockpit");
  const figures = await headlineFigures(actor);
  const chart = figures.byCategory.map((r) => ({ name: r.name, secured: yuanToYiNumber(r.secured), gap: yuanToYiNumber(r.gap) }));
  return (
    <>
      <PageHeader title={m.home.cockpitTitle} intro={m.home.cockpitIntro} />
      <HeadlineKpis f={figures} />
      <div className="mt-6 space-y-6">
        <Section title={m.charts.securedVsGap}>
          <SecuredGapChart data={chart} labels={{ secured: m.kpi.secured, gap: m.kpi.gap, unit: m.units.yi }} />
        </Section>
        <Section title={m.table.category}>
          <CategoryTable f={figures} />
        </Section>
      </div>
    </>
  );
}
