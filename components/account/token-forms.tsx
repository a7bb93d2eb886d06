"use client";
// Creating a personal API token (shown once, right here) and revoking one.
import { useActionState } from "react";
import type { TokenState } from "@/app/(account)/account/actions";
import { Field } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";

const t = m.account.tokens;
const BUTTON = "rounded-md bg-brand-700 px-5 py-1.5 text-sm text-white hover:bg-brand-800 disabled:opacity-60";

export function CreateTokenForm({ action }: { action: (prev: TokenState, form: FormData) => Promise<TokenState> }) {
  const [state, formAction, pending] = useActionState(action, {} as TokenState);
  const errors = state.fieldErrors ?? {};
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="token-form">
      {state.token && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p>{t.created}</p>
          <input readOnly aria-label={t.title} value={state.token} data-testid="new-token"
            className="mt-2 w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs" />
        </div>
      )}
      {state.message && !state.ok && <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>}
      <div key={JSON.stringify(values)} className="grid gap-4 md:grid-cols-2">
        <Field def={{ name: "name", kind: "text", label: t.name, required: true }} value={values.name} error={errors.name} choose="" />
        <Field def={{ name: "days", kind: "number", label: t.days, required: true }} value={values.days ?? "90"} error={errors.days} choose="" />
      </div>
      <button type="submit" disabled={pending} className={BUTTON}>{pending ? t.saving : t.create}</button>
    </form>
  );
}

export function RevokeTokenButton({ action }: { action: (prev: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} className="text-sm text-red-700 hover:underline disabled:opacity-60">{t.revoke}</button>
      {state.message && !state.ok && <p role="alert" className="text-xs text-red-700">{state.message}</p>}
    </form>
  );
}
