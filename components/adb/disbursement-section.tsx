import { DataTable } from "@/components/ui/data-table";
import { formatWan, formatWanPlain } from "@/lib/domain/format";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";
import type { SubProjectDetail } from "@/lib/services/adb/detail";
import { AdbForm } from "./adb-form";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** Disbursements in date order with their running total; staff add one within the allocation. */
export function DisbursementSection({ detail: d, addAction }: { detail: SubProjectDetail; addAction?: Action }) {
  const t = m.adb.disbursements;
  const footer = d.disbursements.length > 0 && (
    <tr className="border-t border-slate-300">
      <td className="px-3 py-2">{t.total}</td>
      <td className="px-3 py-2 text-right tabular-nums" data-testid="disbursed-total">{formatWanPlain(d.disbursed)}</td>
      <td className="px-3 py-2 text-slate-500">{t.remainingHint.replace("{amount}", formatWan(d.remaining))}</td>
    </tr>
  );
  return (
    <div className="space-y-4">
      <DataTable testId="disbursements" rows={d.disbursements} rowKey={(x) => x.id} footer={footer || undefined} columns={[
        { key: "date", header: t.date, render: (x) => x.date },
        { key: "amount", header: t.amount, align: "right", render: (x) => formatWanPlain(x.amount) },
        { key: "note", header: t.note, render: (x) => x.note ?? "" },
      ]} />
      {addAction && (
        <div className="rounded-md border border-slate-200 p-3">
          <p className="mb-2 text-sm font-medium text-slate-700">{t.add}<span className="ml-2 text-xs font-normal text-slate-500">{t.remainingHint.replace("{amount}", formatWan(d.remaining))}</span></p>
          <AdbForm action={addAction} hidden={{ version: d.version }} submit={t.add} savingLabel={m.adb.form.saving} savedLabel={m.adb.form.saved} testId="disbursement-add" fields={[
            { name: "date", label: t.date, type: "date", defaultValue: d.today },
            { name: "amount", label: t.amountField, type: "amount", width: "w-36" },
            { name: "note", label: t.note, type: "text", width: "w-64" },
          ]} />
        </div>
      )}
    </div>
  );
}
