import type { Metadata } from "next";
import Link from "next/link";
import { CockpitDashboard } from "@/components/cockpit/cockpit-dashboard";
import { CockpitFilters } from "@/components/cockpit/cockpit-filters";
import { PrintButton } from "@/components/cockpit/print-button";
import { PageHeader } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { cockpitSummary, cockpitYears } from "@/lib/services/cockpit/summary";
import { referenceData, type ReferenceData } from "@/lib/services/reference";
import { firstValues, withQuery } from "@/lib/url";
import { cockpitQuery } from "@/lib/validation/cockpit";

export const metadata: Metadata = { title: m.cockpit.title };

/** On paper, the filters and the moment behind the figures, since the form itself is not printed. */
function printedFilters(values: Record<string, string | undefined>, reference: ReferenceData, now: Date): string {
  const f = m.cockpit.filters;
  const category = values.categoryId ? reference.categories.find((c) => String(c.id) === values.categoryId)?.name : values.family ? m.family[values.family as keyof typeof m.family] : undefined;
  const district = reference.regions.find((r) => String(r.id) === values.regionId)?.name;
  return m.cockpit.printedAt.replace("{at}", formatDateTime(now)).replace("{filters}", [
    `${f.year}：${values.year ? `${values.year} 年` : f.allYears}`,
    `${f.district}：${district ?? f.allDistricts}`,
    `${f.category}：${category ?? f.allCategories}`,
  ].join("，"));
}

export default async function CockpitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("page.cockpit");
  const values = firstValues(await searchParams);
  const parsed = cockpitQuery.safeParse(values);
  const query = parsed.success ? parsed.data : {};
  const [summary, reference, years] = await Promise.all([
    cockpitSummary(actor, query).catch((e) => { if (e instanceof ValidationError) return cockpitSummary(actor, {}); throw e; }),
    referenceData(actor),
    cockpitYears(actor),
  ]);
  const wall = values.wall === "1";
  return (
    <div>
      <div className="flex items-start justify-between gap-4">
        <PageHeader title={m.cockpit.title} intro={m.cockpit.intro} />
        <div className="no-print flex shrink-0 gap-2">
          <Link href={withQuery("/cockpit", values, { wall: wall ? undefined : "1" })} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            {wall ? m.cockpit.normal : m.cockpit.wall}
          </Link>
          <PrintButton label={m.cockpit.print} />
        </div>
      </div>
      <div className="no-print mb-4 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <CockpitFilters values={values} reference={reference} years={years} />
        {!parsed.success && <p role="status" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">{m.projects.invalidFilter}</p>}
      </div>
      <p className="hidden text-sm text-slate-600 print:block" data-testid="print-filters">{printedFilters(values, reference, new Date())}</p>
      <CockpitDashboard s={summary} query={query} wall={wall} />
    </div>
  );
}
