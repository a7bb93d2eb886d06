"use client";
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/action-state";

/** A small form posting to a server action, showing what the server refused and why. */
export function InlineForm({ action, children, submit, tone = "primary", testId }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  children?: ReactNode;
  submit: string;
  tone?: "primary" | "plain" | "danger";
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const tones = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    plain: "border border-slate-300 hover:bg-slate-50",
    danger: "border border-red-300 text-red-700 hover:bg-red-50",
  };
  const errors = state.fieldErrors ? Object.values(state.fieldErrors) : [];
  return (
    <form action={formAction} className="flex flex-wrap items-start gap-2" data-testid={testId}>
      {children}
      <button type="submit" disabled={pending} className={`rounded-md px-3 py-1 text-sm disabled:opacity-60 ${tones[tone]}`}>{submit}</button>
      {(errors.length > 0 || (state.message && !state.ok)) && (
        <p role="alert" className="basis-full text-xs text-red-600">{errors.length ? errors.join("；") : state.message}</p>
      )}
    </form>
  );
}
