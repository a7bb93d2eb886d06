import type { Metadata } from "next";
import Link from "next/link";
import { ClimateSection } from "@/components/climate/climate-section";
import { FieldList } from "@/components/projects/detail/field-list";
import { History } from "@/components/projects/detail/history";
import { FinancingPanel } from "@/components/finance/financing-panel";
import { PushForm } from "@/components/matching/push-form";
import { ProjectMatches } from "@/components/matching/project-matches";
import { PushTable, ReportTable } from "@/components/projects/detail/records";
import { TransitionPanel } from "@/components/projects/detail/transition-panel";
import { Badge } from "@/components/ui/badge";
import { PageHeader, Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { formatMoney, formatRateBp } from "@/lib/domain/format";
import { TRANSITION_LABELS } from "@/lib/domain/review";
import { m } from "@/lib/i18n";
import { listMatches } from "@/lib/services/matching/list";
import { pushProjectAction, recordFinancingAction, transitionProjectAction, updateFinancingAction, withdrawFinancingAction } from "../actions";
import { projectDetailOr404 } from "./load";

export const metadata: Metadata = { title: m.projects.title };

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("page.library");
  const d = await projectDetailOr404(actor, (await params).id);
  const id = d.project.id;
  const matches = can(actor, "match.read") ? await listMatches(actor, { projectId: id, pageSize: 200 }) : null;
  const p = d.project;
  const f = m.fields;
  const yes = (v: boolean) => (v ? m.projects.yes : m.projects.no);
  return (
    <>
      <div className="flex items-start justify-between gap-4">
        <PageHeader title={p.name} intro={`${p.code} · ${p.ownerOrg.name} · ${m.fields.version} ${p.version}`} />
        <div className="flex items-center gap-2">
          <Badge tone={p.reviewStatus === "IN_LIBRARY" ? "green" : p.reviewStatus === "RETURNED" || p.reviewStatus === "REJECTED" ? "red" : "blue"}>{m.reviewStatus[p.reviewStatus]}</Badge>
          {d.canEdit && <Link href={`/projects/${id}/edit`} className="rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50">{m.detail.edit}</Link>}
        </div>
      </div>
      {d.limitedView && <p className="mb-4 rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">{m.detail.limitedView}</p>}
      <div className="space-y-6">
        {d.transitionsAllowed.length > 0 && (
          <Section title={m.detail.actions}>
            <TransitionPanel action={transitionProjectAction.bind(null, id)} version={p.version}
              transitions={d.transitionsAllowed.map((t) => ({ name: t, label: TRANSITION_LABELS[t], danger: t === "reject" || t === "archive" }))}
              labels={{ comment: m.detail.comment, commentHint: m.detail.commentHint }} />
          </Section>
        )}
        <Section title={m.detail.basic}>
          <FieldList items={[
            [f.code, p.code], [f.ownerOrgId, p.ownerOrg.name], [f.categoryId, `${m.family[p.category.family]} · ${p.category.name}`],
            [f.regionId, p.region.name], [f.stage, m.stage[p.stage]], [f.startYear, p.startYear && p.endYear ? `${p.startYear}–${p.endYear}` : p.startYear],
            [f.contactName, p.contactName], [f.contactPhone, p.contactPhone], [f.highEmission, yes(p.highEmission)],
            [f.description, p.description], [f.constructionContent, p.constructionContent],
          ]} />
        </Section>
        <Section title={m.detail.money}>
          <FieldList items={[
            [f.totalInvestment, formatMoney(p.totalInvestment)], [f.ownFunds, formatMoney(p.ownFunds)], [f.financingNeed, formatMoney(p.financingNeed)],
            [f.securedAmount, formatMoney(d.funding.secured)], [f.gapAmount, formatMoney(d.funding.gap)],
            [m.kpi.fundingRate, `${formatRateBp(d.funding.rateBp)}（${m.fundingState[d.funding.state]}）`],
            [f.intendedInstrument, p.intendedInstrument ? m.instrument[p.intendedInstrument] : null], [f.carbonToolEligible, yes(p.carbonToolEligible)],
          ]} />
        </Section>
        <ClimateSection project={p} />
        {d.adbSubProjects.length > 0 && (
          <p className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="adb-link">
            {m.detail.adbSubProject}
            {d.adbSubProjects.map((a) => <Link key={a.id} href={`/adb/${a.id}`} className="ml-2 text-brand-700 underline">{a.code} {a.name}</Link>)}
          </p>
        )}
        <Section title={m.detail.financing}>
          <FinancingPanel d={d} actor={actor} record={recordFinancingAction.bind(null, id)}
            update={(recordId) => updateFinancingAction.bind(null, recordId, id)} withdraw={(recordId) => withdrawFinancingAction.bind(null, recordId, id)} />
        </Section>
        <Section title={m.detail.pushes}>
          <PushTable rows={d.pushes} />
          {d.canPush && <PushForm action={pushProjectAction.bind(null, id)} institutions={d.institutions.filter((i) => !d.pushes.some((p) => p.institutionId === i.id))} />}
        </Section>
        {matches && <Section title={m.detail.matches}><ProjectMatches items={matches.items} /></Section>}
        {!d.limitedView && <Section title={m.detail.reports} actions={<Link href={`/dispatch?projectId=${id}`} className="text-sm text-brand-700 hover:underline">{m.detail.problemsLink}</Link>}><ReportTable rows={d.reports} /></Section>}
        <Section title={m.detail.history}><History transitions={d.transitions} edits={d.edits} /></Section>
      </div>
    </>
  );
}
