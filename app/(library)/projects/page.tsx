import type { Metadata } from "next";
import Link from "next/link";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader, Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { formatMoney, formatNumber } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { listProjects } from "@/lib/services/projects/list";
import { referenceData } from "@/lib/services/reference";
import { firstValues, withQuery } from "@/lib/url";

export const metadata: Metadata = { title: m.projects.title };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("page.library");
  const query = firstValues(await searchParams);
  const [reference, listed] = await Promise.all([
    referenceData(actor),
    listProjects(actor, query).then(
      (list) => ({ list, invalid: false }),
      async (e) => {
        if (!(e instanceof ValidationError)) throw e;
        return { list: await listProjects(actor, {}), invalid: true };
      },
    ),
  ]);
  const { list, invalid } = listed;
  return (
    <>
      <div className="flex items-start justify-between">
        <PageHeader title={m.projects.title} intro={m.projects.intro} />
        <div className="flex flex-wrap gap-2">
          {can(actor, "project.export") && (["xlsx", "csv"] as const).map((format) => (
            <a key={format} download href={withQuery("/api/v1/projects/export", query, { format, page: undefined, pageSize: undefined })}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50">{m.exporter[format]}</a>
          ))}
          {can(actor, "project.import") && (
            <Link href="/projects/import" className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50">{m.exporter.import}</Link>
          )}
          {can(actor, "project.create") && (
            <Link href="/projects/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">{m.projects.newProject}</Link>
          )}
        </div>
      </div>
      <Section title={m.projects.filter}>
        <ProjectFilters values={query} reference={reference} />
        {invalid && <p role="status" className="mt-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">{m.projects.invalidFilter}</p>}
      </Section>
      <div className="my-4 grid grid-cols-2 gap-4 md:grid-cols-5" data-testid="list-sums">
        <KpiCard label={m.table.projects} value={`${formatNumber(list.total)} ${m.units.projects}`} />
        <KpiCard label={m.kpi.totalInvestment} value={formatMoney(list.sums.totalInvestment)} />
        <KpiCard label={m.kpi.need} value={formatMoney(list.sums.financingNeed)} />
        <KpiCard label={m.kpi.secured} value={formatMoney(list.sums.securedAmount)} />
        <KpiCard label={m.kpi.gap} value={formatMoney(list.sums.gapAmount)} />
      </div>
      <Section title={m.projects.count.replace("{n}", formatNumber(list.total))}>
        <ProjectTable items={list.items} query={query} />
        <Pagination path="/projects" query={query} page={list.page} pageSize={list.pageSize} total={list.total} />
      </Section>
    </>
  );
}
