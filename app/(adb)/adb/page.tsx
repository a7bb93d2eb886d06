import type { Metadata } from "next";
import { LoanFacts } from "@/components/adb/loan-facts";
import { ProgrammeKpis } from "@/components/adb/programme-kpis";
import { SubProjectTable } from "@/components/adb/sub-project-table";
import { ProgrammeTimeline } from "@/components/adb/timeline";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { programmeOverview } from "@/lib/services/adb/overview";

export const metadata: Metadata = { title: m.adb.title };

export default async function AdbProgrammePage() {
  const actor = await requirePage("adb.read");
  const o = await programmeOverview(actor);
  return (
    <>
      <PageHeader title={o.programme?.name ?? m.adb.title} intro={m.adb.intro} />
      {!o.programme ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-500">{m.adb.noProgramme}</p>
      ) : (
        <div className="space-y-6">
          <ProgrammeKpis totals={o.totals} />
          <Section title={m.adb.loan}><LoanFacts programme={o.programme} /></Section>
          <Section title={m.adb.timeline.title}>
            <p className="mb-3 text-xs text-slate-500">{m.adb.timeline.hint}</p>
            <ProgrammeTimeline subProjects={o.subProjects} today={o.today} />
          </Section>
          <Section title={m.adb.table.title}><SubProjectTable subProjects={o.subProjects} totals={o.totals} /></Section>
        </div>
      )}
    </>
  );
}
