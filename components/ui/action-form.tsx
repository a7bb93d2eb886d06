"use client";
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/action-state";
import { Field, type FieldDef } from "./form-field";

/**
 * A form posting to a server action: fields in a grid, the server's messages beside them, and
 * what was typed kept after a refusal. `done` shows once the action reports success, unless the action says more in its message.
 */
export function ActionForm({ action, fields, initial = {}, hidden = {}, submit, pending: pendingLabel, choose, done, testId, footer }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: FieldDef[];
  initial?: Record<string, string>;
  hidden?: Record<string, string>;
  submit: string;
  pending: string;
  choose: string;
  done?: string;
  testId?: string;
  footer?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  // After a success the form starts again from its initial values; after a refusal it keeps what was typed.
  const values = state.ok ? initial : { ...initial, ...(state.values ?? {}) };
  const errors = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify([state.ok, state.values ?? null])} action={formAction} noValidate className="space-y-4" data-testid={testId}>
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {state.message && !state.ok && <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>}
      {state.ok && (state.message ?? done) && <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.message ?? done}</p>}
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {fields.map((d) => <Field key={d.name} def={d} value={values[d.name]} error={errors[d.name]} choose={choose} />)}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-1.5 text-sm text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? pendingLabel : submit}
        </button>
        {footer}
      </div>
    </form>
  );
}
