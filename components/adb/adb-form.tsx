"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/action-state";

export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "date" | "amount" | "select";
  defaultValue?: string;
  options?: { value: string; label: string }[];
  /** Tailwind width of the input, e.g. "w-40". */
  width?: string;
  /** Hide the label visually (a table row whose column header names it). */
  srOnlyLabel?: boolean;
}

const INPUT = "mt-0.5 rounded-md border px-2 py-1 text-sm outline-none focus:ring-2 focus:ring-brand-100";

/**
 * A small form of the ADB pages posting to a server action. What the server refuses is shown
 * beside the field it concerns, and what was typed stays in the form.
 */
export function AdbForm({ action, fields, hidden, submit, savingLabel, savedLabel, testId }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden: Record<string, string | number>;
  submit: string;
  savingLabel: string;
  savedLabel: string;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const shown = new Set(fields.map((f) => f.name));
  const other = Object.entries(errors).filter(([k]) => !shown.has(k)).map(([, v]) => v);
  const general = other.length ? other.join("；") : Object.keys(errors).length ? null : state.message;
  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} noValidate className="flex flex-wrap items-start gap-x-3 gap-y-2" data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {fields.map((f) => {
        const id = `${testId ?? "adb"}-${f.name}`;
        const error = errors[f.name];
        const value = state.values?.[f.name] ?? f.defaultValue ?? "";
        const border = error ? "border-red-400" : "border-slate-300 focus:border-brand-600";
        const common = { id, name: f.name, defaultValue: value, "aria-invalid": Boolean(error), "aria-describedby": error ? `${id}-error` : undefined };
        return (
          <div key={f.name} className="flex flex-col">
            <label htmlFor={id} className={f.srOnlyLabel ? "sr-only" : "text-xs text-slate-500"}>{f.label}</label>
            {f.type === "select" ? (
              <select {...common} className={`${INPUT} ${border} bg-white ${f.width ?? ""}`}>
                {f.options!.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            ) : (
              <input {...common} type={f.type === "date" ? "date" : "text"} inputMode={f.type === "amount" ? "decimal" : undefined}
                className={`${INPUT} ${border} ${f.width ?? "w-40"}`} />
            )}
            {/* As wide as its input, however long the message: the form's layout does not jump. */}
            {error && <p id={`${id}-error`} role="alert" className="mt-1 w-0 min-w-full text-xs text-red-600">{error}</p>}
          </div>
        );
      })}
      <div className="flex flex-col">
        {fields.some((f) => !f.srOnlyLabel) && <span aria-hidden="true" className="text-xs">&nbsp;</span>}
        <button type="submit" disabled={pending} className="mt-0.5 rounded-md bg-brand-700 px-3 py-1 text-sm text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? savingLabel : submit}
        </button>
      </div>
      {state.ok && !pending && <p role="status" className="self-end pb-1 text-xs text-emerald-700">{savedLabel}</p>}
      {general && <p role="alert" className="basis-full rounded bg-red-50 px-3 py-2 text-sm text-red-700">{general}</p>}
    </form>
  );
}
