"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms/action-state";

/** The review actions the actor may take now, with the comment they may need. */
export function TransitionPanel({ action, version, transitions, labels }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  version: number;
  transitions: { name: string; label: string; danger: boolean }[];
  labels: { comment: string; commentHint: string };
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="space-y-3" data-testid="transition-panel">
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="transition-comment" className="block text-sm text-slate-600">{labels.comment}</label>
        <textarea id="transition-comment" name="comment" rows={2} defaultValue={state.values?.comment ?? ""} aria-describedby="transition-comment-hint"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        <p id="transition-comment-hint" className="text-xs text-slate-400">{labels.commentHint}</p>
      </div>
      {state.message && <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">{state.fieldErrors?.comment ?? state.message}</p>}
      <div className="flex flex-wrap gap-2">
        {transitions.map((t) => (
          <button key={t.name} type="submit" name="transition" value={t.name} disabled={pending}
            className={`rounded-md px-4 py-1.5 text-sm text-white disabled:opacity-60 ${t.danger ? "bg-red-600 hover:bg-red-700" : "bg-brand-700 hover:bg-brand-800"}`}>
            {t.label}
          </button>
        ))}
      </div>
    </form>
  );
}
