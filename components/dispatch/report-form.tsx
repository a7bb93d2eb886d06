"use client";
import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/forms/action-state";
import { problemRowCount, reportFormInput } from "@/lib/forms/report-values";
import type { Messages } from "@/lib/i18n";
import { reportInput } from "@/lib/validation/dispatch";

type Labels = Messages["dispatch"];
const INPUT = "mt-1 w-full rounded-md border px-3 py-1.5 text-sm outline-none focus:ring-2 focus:ring-brand-100";
const border = (error?: string) => (error ? "border-red-400" : "border-slate-300 focus:border-brand-600");

function Field({ name, label, error, hint, required, children }: {
  name: string; label: string; error?: string; hint?: string; required?: boolean; children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const id = `f-${name.replace(/\./g, "-")}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm text-slate-600">{label}{required && <span aria-hidden="true" className="text-red-500"> *</span>}</label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined })}
      {error ? <p id={`${id}-error`} className="mt-1 text-xs text-red-600">{error}</p> : hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-400">{hint}</p>}
    </div>
  );
}

/** One problem row; its inputs are named by position, so removing a row renumbers the rest. */
function ProblemRow({ index, init, errors, labels, choose, onRemove }: {
  index: number; init: Record<string, string>; errors: Record<string, string>; labels: Labels; choose: string; onRemove: () => void;
}) {
  const n = (f: string) => `problems.${index}.${f}`;
  const values: Record<string, string> = Object.fromEntries(Object.entries(init).map(([k, v]) => [n(k), v]));
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" data-testid="problem-row">
      <legend className="flex items-center gap-3 px-1 text-sm text-slate-700">
        {labels.problemN.replace("{n}", String(index + 1))}
        <button type="button" onClick={onRemove} className="text-xs text-red-600 hover:underline">{labels.removeProblem}</button>
      </legend>
      <div className="grid gap-3 md:grid-cols-4">
        <div className="md:col-span-4">
          <Field name={n("description")} label={labels.problem} error={errors[n("description")]} required>
            {(p) => <textarea {...p} name={n("description")} rows={2} defaultValue={values[n("description")] ?? ""} className={`${INPUT} ${border(errors[n("description")])}`} />}
          </Field>
        </div>
        <Field name={n("category")} label={labels.category} error={errors[n("category")]} required>
          {(p) => (
            <select {...p} name={n("category")} defaultValue={values[n("category")] ?? ""} className={`${INPUT} ${border(errors[n("category")])} bg-white`}>
              <option value="">{choose}</option>
              {Object.entries(labels.categories).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          )}
        </Field>
        <div className="md:col-span-2">
          <Field name={n("department")} label={labels.department} error={errors[n("department")]} required>
            {(p) => <input {...p} name={n("department")} defaultValue={values[n("department")] ?? ""} className={`${INPUT} ${border(errors[n("department")])}`} />}
          </Field>
        </div>
        <Field name={n("dueDate")} label={labels.dueDate} error={errors[n("dueDate")]} required>
          {(p) => <input {...p} type="date" name={n("dueDate")} defaultValue={values[n("dueDate")] ?? ""} className={`${INPUT} ${border(errors[n("dueDate")])}`} />}
        </Field>
      </div>
    </fieldset>
  );
}

/** The problem rows, started from what a refused submission held (the form remounts then). */
function ProblemRows({ values, errors, labels, choose }: { values: Record<string, string>; errors: Record<string, string>; labels: Labels; choose: string }) {
  const [rows, setRows] = useState(() => Array.from({ length: problemRowCount(values) }, (_, i) => ({
    id: i,
    init: Object.fromEntries(["description", "category", "department", "dueDate"].map((f) => [f, values[`problems.${i}.${f}`] ?? ""])),
  })));
  const [nextId, setNextId] = useState(rows.length);
  return (
    <>
      {rows.map((row, index) => (
        <ProblemRow key={row.id} index={index} init={row.init} errors={errors} labels={labels} choose={choose}
          onRemove={() => setRows(rows.filter((r) => r.id !== row.id))} />
      ))}
      <button type="button" onClick={() => { setRows([...rows, { id: nextId, init: {} }]); setNextId(nextId + 1); }}
        className="rounded-md border border-dashed border-brand-600 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50">+ {labels.addProblem}</button>
    </>
  );
}

export function ReportForm({ action, hidden, cumulativeOptional, labels, form, cancelHref }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** projectId, year and month: fixed by the page. */
  hidden: Record<string, string>;
  cumulativeOptional: boolean;
  labels: Labels;
  form: Pick<Messages["form"], "fixErrors" | "choose">;
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const values = state.values ?? {};
  const errors = { ...(state.fieldErrors ?? {}), ...clientErrors };

  // The server's schema, so messages appear before the round trip; the server checks again.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const entries = Object.fromEntries([...new FormData(event.currentTarget).entries()].map(([k, v]) => [k, String(v)]));
    const result = reportInput.safeParse(reportFormInput(entries));
    const found = result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
    setClientErrors(found);
    if (!result.success) event.preventDefault();
  }

  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="report-form">
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      {(state.message || Object.keys(clientErrors).length > 0) && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">{state.message ?? form.fixErrors}</div>
      )}
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-4 md:grid-cols-3">
          <Field name="investmentMonth" label={labels.investmentMonth} error={errors.investmentMonth} hint={labels.amountHint} required>
            {(p) => <input {...p} name="investmentMonth" inputMode="decimal" defaultValue={values.investmentMonth ?? ""} className={`${INPUT} ${border(errors.investmentMonth)}`} />}
          </Field>
          <Field name="investmentCumulative" label={labels.investmentCumulative} error={errors.investmentCumulative}
            hint={cumulativeOptional ? labels.cumulativeHint : labels.cumulativeRequiredHint} required={!cumulativeOptional}>
            {(p) => <input {...p} name="investmentCumulative" inputMode="decimal" defaultValue={values.investmentCumulative ?? ""} className={`${INPUT} ${border(errors.investmentCumulative)}`} />}
          </Field>
          <Field name="physicalProgress" label={labels.physicalProgress} error={errors.physicalProgress} hint={labels.progressHint} required>
            {(p) => <input {...p} name="physicalProgress" type="number" min={0} max={100} step={1} defaultValue={values.physicalProgress ?? ""} className={`${INPUT} ${border(errors.physicalProgress)}`} />}
          </Field>
          <div className="md:col-span-3">
            <Field name="narrative" label={labels.narrative} error={errors.narrative} required>
              {(p) => <textarea {...p} name="narrative" rows={4} defaultValue={values.narrative ?? ""} className={`${INPUT} ${border(errors.narrative)}`} />}
            </Field>
          </div>
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-medium text-slate-700">{labels.problemsLegend}</legend>
        {errors.problems && <p className="text-xs text-red-600">{errors.problems}</p>}
        <ProblemRows values={values} errors={errors} labels={labels} choose={form.choose} />
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-2 text-sm text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? labels.submitting : labels.submit}
        </button>
        <Link href={cancelHref} className="rounded-md border border-slate-300 px-6 py-2 text-sm text-slate-700 hover:bg-slate-50">{labels.cancel}</Link>
      </div>
    </form>
  );
}
