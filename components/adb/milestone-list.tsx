import { Badge } from "@/components/ui/badge";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";
import type { SubProjectDetail } from "@/lib/services/adb/detail";
import type { MilestoneView } from "@/lib/services/adb/overview";
import { AdbForm } from "./adb-form";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

function Status({ ms, current }: { ms: MilestoneView; current: boolean }) {
  const t = m.adb.milestones;
  if (ms.actualDate) return <Badge tone="green">{t.done}</Badge>;
  if (ms.overdue) return <Badge tone="red">{t.overdue}</Badge>;
  return current ? <Badge tone="blue">{t.next}</Badge> : <Badge>{t.pending}</Badge>;
}

/** The eight milestones in order; those who manage the programme record dates beside each. */
export function MilestoneList({ detail: d, actionFor }: { detail: SubProjectDetail; actionFor?: (kind: string) => Action }) {
  const t = m.adb.milestones;
  return (
    <ol className="divide-y divide-slate-100" data-testid="milestones">
      {d.milestones.map((ms, i) => (
        <li key={ms.kind} className={`flex flex-wrap items-start gap-x-6 gap-y-2 py-3 ${ms.overdue ? "bg-red-50/60" : ""}`} data-testid={`milestone-${ms.kind}`}>
          <div className="w-52 shrink-0 pt-1">
            <p className="font-medium text-slate-800"><span className="mr-2 text-slate-400 tabular-nums">{i + 1}</span>{ms.label}</p>
            <div className="mt-1"><Status ms={ms} current={d.current === ms.kind} /></div>
          </div>
          {actionFor ? (
            <div className="min-w-0 flex-1">
              <AdbForm action={actionFor(ms.kind)} hidden={{ version: d.version }} submit={t.save} savingLabel={m.adb.form.saving} savedLabel={m.adb.form.saved} testId={`milestone-form-${ms.kind}`}
                fields={[
                  { name: "plannedDate", label: t.planned, type: "date", defaultValue: ms.plannedDate ?? "" },
                  { name: "actualDate", label: t.actual, type: "date", defaultValue: ms.actualDate ?? "" },
                  { name: "note", label: t.note, type: "text", defaultValue: ms.note ?? "", width: "w-56" },
                ]} />
            </div>
          ) : (
            <dl className="flex flex-1 flex-wrap gap-x-8 gap-y-1 pt-1 text-sm">
              <div><dt className="text-xs text-slate-500">{t.planned}</dt><dd className={ms.overdue ? "text-red-700" : ""}>{ms.plannedDate ?? "—"}</dd></div>
              <div><dt className="text-xs text-slate-500">{t.actual}</dt><dd>{ms.actualDate ?? "—"}</dd></div>
              <div><dt className="text-xs text-slate-500">{t.note}</dt><dd>{ms.note ?? "—"}</dd></div>
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
