// A push to the bank and its answers so far, with the form for the next answer.
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { chinaToday } from "@/lib/domain/calendar";
import { formatMoney } from "@/lib/domain/format";
import { dueDay, NEXT_ANSWERS } from "@/lib/domain/push-workflow";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";
import type { ProjectDetail } from "@/lib/services/projects/detail";

const a = m.matching.answer;

export function PushAnswer({ push, action }: { push: ProjectDetail["pushes"][number]; action: (prev: FormState, form: FormData) => Promise<FormState> }) {
  const next = NEXT_ANSWERS[push.status];
  return (
    <div className="space-y-3" data-testid={`push-${push.id}`}>
      <p className="text-sm text-slate-600">
        <Badge tone={push.status === "PENDING" ? "amber" : push.status === "DECLINED" ? "gray" : "green"}>{m.pushStatus[push.status]}</Badge>{" "}
        {a.pushedOn.replace("{date}", chinaToday(push.createdAt)).replace("{due}", dueDay(push.dueAt))}
        {push.message && <span className="ml-2 text-slate-500">“{push.message}”</span>}
      </p>
      {push.responses.length > 0 && (
        <ul className="text-xs text-slate-600" aria-label={a.history}>
          {push.responses.map((r) => (
            <li key={r.id}>{chinaToday(r.createdAt)} {r.responder.displayName}：{m.pushStatus[r.status]}{r.amount ? ` ${formatMoney(r.amount)}` : ""}{r.reason ? `（${r.reason}）` : ""}</li>
          ))}
        </ul>
      )}
      {next.length === 0 ? <p className="text-sm text-slate-500">{a.closed}</p> : (
        <>
          <p className="text-xs text-slate-500">{a.hint}</p>
          <ActionForm action={action} submit={a.submit} pending={a.saving} done={a.done} choose={m.form.choose} testId="push-answer-form"
            initial={{ date: chinaToday() }}
            fields={[
              { name: "status", kind: "select", label: a.status, required: true, options: next.map((s) => ({ value: s, label: m.pushStatus[s] })) },
              { name: "amount", kind: "amount", label: a.amount, hint: m.finance.record.amountHint },
              { name: "date", kind: "date", label: a.date },
              { name: "reason", kind: "text", label: a.reason, wide: true },
              { name: "instrument", kind: "select", label: a.instrument, options: Object.entries(m.instrument).map(([value, label]) => ({ value, label })) },
              { name: "rateBp", kind: "number", label: a.rateBp },
              { name: "termMonths", kind: "number", label: a.termMonths },
            ]} />
        </>
      )}
    </div>
  );
}
