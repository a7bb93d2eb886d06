import type { Metadata } from "next";
import Link from "next/link";
import { MissingTable } from "@/components/dispatch/missing-table";
import { PeriodSelect } from "@/components/dispatch/period-select";
import { ProblemFilters } from "@/components/dispatch/problem-filters";
import { ProblemTable } from "@/components/dispatch/problem-table";
import { ReportTable } from "@/components/dispatch/report-table";
import { KpiCard } from "@/components/ui/kpi-card";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader, Section } from "@/components/ui/section";
import { can, scopeOf } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { addMonths, currentPeriod, periodIndex, periodKey, periodLabel, recentPeriods, type Period } from "@/lib/domain/dispatch";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { missingReports } from "@/lib/services/dispatch/expected";
import { listProblems, problemOverview } from "@/lib/services/dispatch/problems";
import { listReports } from "@/lib/services/dispatch/reports";
import { firstValues, withQuery } from "@/lib/url";
import { closeProblemAction } from "./actions";

export const metadata: Metadata = { title: m.dispatch.title };

/** A list with the URL's filters, or (when they are invalid) without them and a notice. */
async function orDefault<T>(load: (q: object) => Promise<T>, q: object): Promise<{ data: T; invalid: boolean }> {
  try {
    return { data: await load(q), invalid: false };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return { data: await load({}), invalid: true };
  }
}

export default async function DispatchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("report.read");
  const q = firstValues(await searchParams);
  const now = new Date();
  const d = m.dispatch;
  const problemQuery = { status: q.status, category: q.category, department: q.department, overdue: q.overdue, projectId: q.projectId, page: q.page };
  const [missing, problems, overview] = await Promise.all([
    orDefault((x) => missingReports(actor, x, now), { year: q.year, month: q.month }),
    orDefault((x) => listProblems(actor, x, now), problemQuery),
    problemOverview(actor, now),
  ]);
  const period: Period = missing.data.period;
  const reports = await listReports(actor, period, now);
  const current = currentPeriod(now);
  const keep = { ...q, filed: undefined };
  const hrefOf = (p: Period) => withQuery("/dispatch", keep, { year: p.year, month: p.month });
  const periods = recentPeriods(now, 24);
  const fileLabel = can(actor, "report.file") ? (scopeOf(actor, "report.file") === "ownerOrg" ? d.fileOwn : d.fileFor) : null;
  const filedProject = q.filed ? reports.items.find((r) => String(r.project.id) === q.filed) : undefined;
  const projectFilterName = q.projectId ? problems.data.items[0]?.project.name ?? `#${q.projectId}` : null;

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={d.title} intro={d.intro} />
        <nav className="flex items-center gap-2" aria-label={d.period}>
          <Link href={hrefOf(addMonths(period, -1))} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">‹ {d.prevMonth}</Link>
          <PeriodSelect label={d.period} value={periodKey(period)} options={periods.map((p) => ({ value: periodKey(p), label: periodLabel(p) }))}
            hrefs={Object.fromEntries(periods.map((p) => [periodKey(p), hrefOf(p)]))} />
          {periodIndex(period) < periodIndex(current) && (
            <>
              <Link href={hrefOf(addMonths(period, 1))} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{d.nextMonth} ›</Link>
              <Link href={hrefOf(current)} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{d.currentMonth}</Link>
            </>
          )}
        </nav>
      </div>
      {(missing.invalid || problems.invalid) && <p role="status" className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">{m.projects.invalidFilter}</p>}
      {filedProject && (
        <p role="status" className="mb-4 rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {d.filedNotice.replace("{project}", filedProject.project.name).replace("{period}", periodLabel(period))}
        </p>
      )}
      {!fileLabel && <p className="mb-4 text-sm text-slate-500">{d.readOnly}</p>}

      <div className="mb-4 grid grid-cols-2 gap-4 md:grid-cols-5" data-testid="dispatch-kpis">
        <KpiCard label={`${periodLabel(period)}${d.kpiExpected}`} value={`${missing.data.expected} ${m.units.projects}`} testId="kpi-expected" />
        <KpiCard label={d.kpiFiled} value={`${missing.data.filed} ${m.units.projects}`} testId="kpi-filed" />
        <KpiCard label={d.kpiMissing} value={`${missing.data.missing} ${m.units.projects}`} testId="kpi-missing" />
        <KpiCard label={d.kpiOpen} value={`${overview.open} ${m.units.problems}`} testId="kpi-open" />
        <KpiCard label={d.kpiOverdue} value={`${overview.overdue} ${m.units.problems}`} testId="kpi-overdue" />
      </div>
      <p className="mb-4 text-xs text-slate-500">{d.rule}</p>

      <div className="space-y-4">
        <Section title={d.missingTitle.replace("{period}", periodLabel(period)).replace("{n}", String(missing.data.missing))}>
          <MissingTable data={missing.data} fileLabel={fileLabel} />
        </Section>
        <Section title={d.filedTitle.replace("{period}", periodLabel(period)).replace("{n}", String(reports.total))}>
          <ReportTable data={reports} highlight={filedProject?.project.id} />
        </Section>
        <Section
          title={d.problemsTitle.replace("{n}", String(problems.data.total))}
          actions={<a download href={withQuery("/api/v1/problems/export", problemQuery, { page: undefined })} className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">{d.exportProblems}</a>}
        >
          {projectFilterName && (
            <p className="mb-3 text-sm text-slate-600">
              {d.problemsOfProject.replace("{name}", projectFilterName)}{" "}
              <Link href={withQuery("/dispatch", q, { projectId: undefined, page: undefined })} className="text-brand-700 hover:underline">{d.showAllProblems}</Link>
            </p>
          )}
          <ProblemFilters values={q} departments={overview.departments} />
          <ProblemTable data={problems.data} closeAction={can(actor, "problem.close") ? closeProblemAction : null} />
          <Pagination path="/dispatch" query={q} page={problems.data.page} pageSize={problems.data.pageSize} total={problems.data.total} />
        </Section>
      </div>
    </>
  );
}
