import { recordOr404 } from "@/lib/forms/record-or-404";
import type { Metadata } from "next";
import Link from "next/link";
import { DisbursementSection } from "@/components/adb/disbursement-section";
import { MilestoneList } from "@/components/adb/milestone-list";
import { PackageSection } from "@/components/adb/package-section";
import { FieldList } from "@/components/projects/detail/field-list";
import { Badge } from "@/components/ui/badge";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { MILESTONE_COUNT, MILESTONE_LABELS } from "@/lib/domain/adb/milestones";
import { shareBp } from "@/lib/domain/adb/progress";
import { formatMoney, formatRateBp } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { subProjectDetail } from "@/lib/services/adb/detail";
import { addDisbursementAction, addPackageAction, recordMilestoneAction, updatePackageAction } from "../actions";

export const metadata: Metadata = { title: m.adb.title };

export default async function AdbSubProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("adb.read");
  const d = await recordOr404((await params).id, (id) => subProjectDetail(actor, id));
  const a = m.adb.detail;
  const { id, canManage: manage } = d;
  return (
    <>
      <Link href="/adb" className="text-sm text-brand-700 hover:underline">← {a.back}</Link>
      <div className="mt-2 flex items-start justify-between gap-4">
        <PageHeader title={d.name} intro={`${d.code} · ${d.implementingAgency} · ${a.version} ${d.version}`} />
        <div className="flex gap-2 pt-1">
          {d.current ? <Badge tone="blue">{`${a.current}：${MILESTONE_LABELS[d.current]}`}</Badge> : <Badge tone="green">{m.adb.table.finished}</Badge>}
          {d.overdue.length > 0 && <Badge tone="red">{`${m.adb.milestones.overdue} ${d.overdue.length}`}</Badge>}
        </div>
      </div>
      {!manage && <p className="mb-4 rounded bg-sky-50 px-3 py-2 text-sm text-sky-800">{a.readOnly}</p>}
      <div className="space-y-6">
        <Section title={a.facts}>
          <FieldList items={[
            [a.programme, `${d.programme.name}（${d.programme.loanNumber}）`],
            [a.agency, d.implementingAgency],
            [a.region, d.region],
            [a.project, d.project ? <Link href={`/projects/${d.project.id}`} className="text-brand-700 hover:underline">{`${d.project.code} ${d.project.name}`}</Link> : null],
            [a.allocation, formatMoney(d.adbAllocation)],
            [a.counterpart, formatMoney(d.counterpartFunds)],
            [a.disbursed, `${formatMoney(d.disbursed)}（${formatRateBp(shareBp(d.disbursed, d.adbAllocation))}）`],
            [a.remaining, formatMoney(d.remaining)],
            [m.adb.table.progress, `${d.completed}/${MILESTONE_COUNT}`],
          ]} />
        </Section>
        <Section title={m.adb.milestones.title}>
          <p className="mb-2 text-xs text-slate-500">{m.adb.milestones.hint}</p>
          <MilestoneList detail={d} actionFor={manage ? (kind) => recordMilestoneAction.bind(null, id, kind) : undefined} />
        </Section>
        <Section title={m.adb.packages.title}>
          <PackageSection detail={d} addAction={manage ? addPackageAction.bind(null, id) : undefined}
            updateActionFor={manage ? (packageId) => updatePackageAction.bind(null, id, packageId) : undefined} />
        </Section>
        <Section title={m.adb.disbursements.title}>
          <DisbursementSection detail={d} addAction={manage ? addDisbursementAction.bind(null, id) : undefined} />
        </Section>
      </div>
    </>
  );
}
