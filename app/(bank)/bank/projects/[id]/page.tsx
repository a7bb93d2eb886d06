import { recordOr404 } from "@/lib/forms/record-or-404";
import type { Metadata } from "next";
import Link from "next/link";
import { MatchReasons } from "@/components/matching/reasons";
import { PushAnswer } from "@/components/matching/push-answer";
import { FieldList } from "@/components/projects/detail/field-list";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDate, formatMoney, formatNumber, formatRateBp, formatWanPlain } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { listMatches } from "@/lib/services/matching/list";
import { getProjectDetail } from "@/lib/services/projects/detail";
import { answerPushAction } from "../../actions";

export const metadata: Metadata = { title: m.home.bankTitle };

const t = m.matching;

/** What a bank may see of a library project: the project itself, and only its own dealings with it. */
export default async function BankProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("page.bankPortal");
  const [d, matches] = await recordOr404((await params).id, (id) => Promise.all([getProjectDetail(actor, id), listMatches(actor, { projectId: id, pageSize: 50 })]));
  const id = d.project.id;
  const p = d.project;
  const f = m.fields;
  type Financing = (typeof d.financing)[number];
  return (
    <>
      <Link href="/bank" className="text-sm text-brand-700 hover:underline">← {t.back}</Link>
      <PageHeader title={p.name} intro={`${p.code} · ${p.ownerOrg.name}`} />
      <p className="mb-4 rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">{t.othersHidden}</p>
      <div className="space-y-6">
        {d.pushes.map((push) => (
          <Section key={push.id} title={t.answer.title}>
            <PushAnswer push={push} action={answerPushAction.bind(null, push.id, id)} />
          </Section>
        ))}
        <Section title={m.detail.basic}>
          <FieldList items={[
            [f.categoryId, `${m.family[p.category.family]} · ${p.category.name}`], [f.regionId, p.region.name], [f.stage, m.stage[p.stage]],
            [f.startYear, p.startYear && p.endYear ? `${p.startYear}–${p.endYear}` : p.startYear], [f.contactName, p.contactName], [f.contactPhone, p.contactPhone],
            [f.description, p.description], [f.constructionContent, p.constructionContent],
          ]} />
        </Section>
        <Section title={m.detail.money}>
          <FieldList items={[
            [f.totalInvestment, formatMoney(p.totalInvestment)], [f.financingNeed, formatMoney(p.financingNeed)], [f.gapAmount, formatMoney(d.funding.gap)],
            [t.fundingState, m.fundingState[d.funding.state]], [f.intendedInstrument, p.intendedInstrument ? m.instrument[p.intendedInstrument] : null],
            [f.carbonToolEligible, p.carbonToolEligible ? m.projects.yes : m.projects.no],
          ]} />
        </Section>
        <Section title={m.detail.climate}>
          <FieldList items={[
            [f.co2ReductionT, formatNumber(p.co2ReductionT, 1)], [f.energySavedTce, formatNumber(p.energySavedTce, 1)], [f.renewableMwh, formatNumber(p.renewableMwh, 1)],
            [f.carbonSinkT, formatNumber(p.carbonSinkT, 1)], [f.beneficiaries, formatNumber(p.beneficiaries)], [f.areaRestoredHa, formatNumber(p.areaRestoredHa, 1)],
          ]} />
        </Section>
        <Section title={m.detail.matches}>
          <DataTable rows={matches.items} rowKey={(r) => r.product.id} testId="bank-project-matches" columns={[
            { key: "product", header: t.product, render: (r) => r.product.name },
            { key: "score", header: t.score, align: "right", render: (r) => <Badge tone={r.score >= 80 ? "green" : "blue"}>{r.score}</Badge> },
            { key: "reasons", header: t.reasons, render: (r) => <MatchReasons reasons={r.reasons} /> },
          ]} />
        </Section>
        <Section title={t.ownRecords}>
          <DataTable<Financing> rows={d.financing} rowKey={(r) => r.id} testId="bank-own-financing" columns={[
            { key: "instrument", header: m.table.instrument, render: (r) => m.instrument[r.instrument] },
            { key: "amount", header: m.detail.amount, align: "right", render: (r) => formatWanPlain(r.amount) },
            { key: "status", header: m.detail.status, render: (r) => m.financingStatus[r.status] },
            { key: "rate", header: m.table.rate, align: "right", render: (r) => formatRateBp(r.rateBp, 2) },
            { key: "date", header: m.detail.date, render: (r) => formatDate(r.date) },
          ]} />
        </Section>
      </div>
    </>
  );
}
