// The financing section of a project page: its records and, for those who may, the forms to
// record, disburse and withdraw. Server actions come from the page, bound to their records.
import { InlineForm } from "@/components/admin/inline-form";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { chinaToday } from "@/lib/domain/calendar";
import { formatDate, formatRateBp, formatWanPlain } from "@/lib/domain/format";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";
import type { ProjectDetail } from "@/lib/services/projects/detail";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;
type Financing = ProjectDetail["financing"][number];

const f = m.finance.fields;
const r = m.finance.record;
const SMALL_INPUT = "rounded-md border border-slate-300 px-2 py-1 text-sm";

export function FinancingPanel({ d, record, update, withdraw, actor }: {
  d: ProjectDetail;
  record: Action;
  update: (id: number) => Action;
  withdraw: (id: number) => Action;
  actor: { organizationId: number | null; role: string };
}) {
  const today = chinaToday();
  const bank = actor.role === "BANK";
  const own = d.institutions.find((i) => i.id === actor.organizationId);
  const instruments = Object.entries(m.instrument).map(([value, label]) => ({ value, label }));
  return (
    <div className="space-y-4">
      <DataTable<Financing> rows={d.financing} rowKey={(x) => x.id} testId="financing-table" columns={[
        { key: "inst", header: m.detail.institution, render: (x) => x.institution.name },
        { key: "instrument", header: m.table.instrument, render: (x) => <>{m.instrument[x.instrument]}{x.carbonTool && <> <Badge tone="green">{m.fields.carbonToolEligible}</Badge></>}</> },
        { key: "amount", header: m.detail.amount, align: "right", render: (x) => formatWanPlain(x.amount) },
        { key: "status", header: m.detail.status, render: (x) => <Badge tone={x.status === "DISBURSED" ? "green" : "blue"}>{m.financingStatus[x.status]}</Badge> },
        { key: "rate", header: m.table.rate, align: "right", render: (x) => formatRateBp(x.rateBp, 2) },
        { key: "term", header: m.table.term, align: "right", render: (x) => (x.termMonths ? `${x.termMonths} ${m.table.months}` : "—") },
        { key: "date", header: m.detail.date, render: (x) => formatDate(x.date) },
        ...(d.financingEditable ? [{
          key: "actions", header: r.actions, render: (x: Financing) => (
            <div className="flex flex-col gap-1">
              {x.status === "APPROVED" && (
                <InlineForm action={update(x.id)} submit={r.markDisbursed} tone="plain" testId={`disburse-${x.id}`}>
                  <input type="hidden" name="version" value={x.version} />
                  <input type="hidden" name="status" value="DISBURSED" />
                  <input type="date" name="date" defaultValue={today} aria-label={r.disburseDate} className={SMALL_INPUT} />
                </InlineForm>
              )}
              <InlineForm action={withdraw(x.id)} submit={r.withdraw} tone="danger" testId={`withdraw-${x.id}`}>
                <input type="hidden" name="version" value={x.version} />
                <input name="reason" placeholder={r.withdrawReason} aria-label={r.withdrawReason} className={`${SMALL_INPUT} w-40`} />
              </InlineForm>
            </div>
          ),
        }] : []),
      ]} />
      {d.financingEditable && !d.canRecordFinancing && <p className="text-sm text-slate-500">{r.notInLibrary}</p>}
      {d.canRecordFinancing && (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-4" data-testid="financing-form">
          <h3 className="mb-1 text-sm font-medium text-slate-800">{r.title}</h3>
          <p className="mb-3 text-xs text-slate-500">{r.hint}</p>
          <ActionForm action={record} submit={r.submit} pending={r.saving} done={r.done} choose={m.form.choose}
            initial={{ date: today, status: "DISBURSED", ...(bank && own ? { institutionId: String(own.id) } : {}) }}
            fields={[
              bank && own
                ? { name: "institutionId", kind: "select", label: f.institutionId, required: true, options: [{ value: String(own.id), label: own.name }], hint: r.ownInstitution }
                : { name: "institutionId", kind: "select", label: f.institutionId, required: true, options: d.institutions.map((i) => ({ value: String(i.id), label: i.name })) },
              { name: "instrument", kind: "select", label: f.instrument, required: true, options: instruments },
              { name: "amount", kind: "amount", label: f.amount, required: true, hint: r.amountHint },
              { name: "status", kind: "select", label: f.status, required: true, options: [{ value: "APPROVED", label: m.financingStatus.APPROVED }, { value: "DISBURSED", label: m.financingStatus.DISBURSED }] },
              { name: "date", kind: "date", label: f.date, required: true },
              { name: "rateBp", kind: "number", label: f.rateBp, hint: r.rateHint },
              { name: "termMonths", kind: "number", label: f.termMonths },
              { name: "carbonTool", kind: "checkbox", label: f.carbonTool },
              { name: "note", kind: "text", label: f.note },
            ]} />
        </div>
      )}
    </div>
  );
}
