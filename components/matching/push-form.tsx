// The bureau pushes a library project to one or more institutions, with a message.
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";

const t = m.matching.push;

export function PushForm({ action, institutions }: { action: (prev: FormState, form: FormData) => Promise<FormState>; institutions: { id: number; name: string; kind: string }[] }) {
  const offered = institutions.filter((i) => i.kind !== "GOVERNMENT");
  if (!offered.length) return null;
  return (
    <div className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-4" data-testid="push-form">
      <h3 className="mb-1 text-sm font-medium text-slate-800">{t.title}</h3>
      <p className="mb-3 text-xs text-slate-500">{t.hint}</p>
      <ActionForm action={action} submit={t.submit} pending={t.saving} done={t.done} choose={m.form.choose}
        fields={[
          { name: "institutionIds", kind: "checkboxes", label: t.institutions, required: true, wide: true, options: offered.map((i) => ({ value: String(i.id), label: i.name })) },
          { name: "message", kind: "textarea", label: t.message, wide: true },
        ]} />
    </div>
  );
}
