import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ReportForm } from "@/components/dispatch/report-form";
import { PageHeader, Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { formatWan } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { missingReports } from "@/lib/services/dispatch/expected";
import { filingContext } from "@/lib/services/dispatch/reports";
import { idParam } from "@/lib/validation/common";
import { firstValues, withQuery } from "@/lib/url";
import { fileReportAction } from "../../actions";

export const metadata: Metadata = { title: m.dispatch.newTitle };

const BACK = "rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-700 hover:bg-slate-50";

export default async function NewReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("report.read");
  if (!can(actor, "report.file")) forbidden();
  const q = firstValues(await searchParams);
  const d = m.dispatch;
  const back = withQuery("/dispatch", { year: q.year, month: q.month }, {});
  const projectId = idParam.safeParse(q.projectId);

  // Without a project: the projects that still owe this month's report, to choose from.
  if (!projectId.success) {
    const missing = await missingReports(actor, { year: q.year, month: q.month });
    return (
      <>
        <PageHeader title={d.newTitle} />
        <Section title={d.chooseTitle.replace("{period}", missing.period.label)}>
          {missing.items.length === 0 ? <p className="text-sm text-emerald-700">{d.missingNone}</p> : (
            <ul className="space-y-1 text-sm">
              {missing.items.map((p) => (
                <li key={p.id}>
                  <Link className="text-brand-700 hover:underline" href={`/dispatch/report/new?projectId=${p.id}&year=${missing.period.year}&month=${missing.period.month}`}>{p.code} {p.name}</Link>
                </li>
              ))}
            </ul>
          )}
          <Link href={back} className={`mt-4 inline-block ${BACK}`}>{d.backToDispatch}</Link>
        </Section>
      </>
    );
  }

  const ctx = await filingContext(actor, projectId.data, { year: q.year, month: q.month }).catch((e) => {
    if (e instanceof ValidationError) return e;
    throw e;
  });
  if (ctx instanceof ValidationError) {
    const fields = (ctx.details as { fields?: { message: string }[] } | undefined)?.fields ?? [];
    return (
      <>
        <PageHeader title={d.newTitle} />
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">{fields[0]?.message ?? ctx.message}</p>
        <Link href="/dispatch" className={`mt-4 inline-block ${BACK}`}>{d.backToDispatch}</Link>
      </>
    );
  }
  const backToPeriod = `/dispatch?year=${ctx.period.year}&month=${ctx.period.month}`;
  return (
    <>
      <PageHeader title={d.newTitle} intro={d.newIntro.replace("{project}", `${ctx.project.code} ${ctx.project.name}`).replace("{period}", ctx.period.label)} />
      <div className="mb-4 space-y-1 rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700" data-testid="previous-report">
        <p>{ctx.project.owner}</p>
        <p>
          {ctx.previous
            ? d.previousReport.replace("{period}", ctx.previous.label).replace("{cumulative}", formatWan(ctx.previous.investmentCumulative, 4)).replace("{progress}", String(ctx.previous.physicalProgress))
            : d.noPreviousReport}
        </p>
        {ctx.next && <p className="text-amber-700">{d.nextReportNote.replace("{period}", ctx.next.label)}</p>}
      </div>
      {ctx.blocked ? (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-800">
          <p>{ctx.blocked}</p>
          <Link href={backToPeriod} className={`mt-3 inline-block bg-white ${BACK}`}>{d.backToDispatch}</Link>
        </div>
      ) : (
        <ReportForm action={fileReportAction} cumulativeOptional={ctx.cumulativeOptional} labels={d} form={{ fixErrors: m.form.fixErrors, choose: m.form.choose }}
          hidden={{ projectId: String(ctx.project.id), year: String(ctx.period.year), month: String(ctx.period.month) }} cancelHref={backToPeriod} />
      )}
    </>
  );
}
