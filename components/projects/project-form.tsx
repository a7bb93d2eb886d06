"use client";
import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { Field, type FieldDef } from "@/components/ui/form-field";
import type { FormState } from "@/lib/forms/action-state";
import type { Messages } from "@/lib/i18n";
import type { ReferenceData } from "@/lib/services/reference";
import { projectCreateInput, projectUpdateInput } from "@/lib/validation/projects";

type Values = Record<string, string>;
type Def = Omit<FieldDef, "label">;

export function ProjectForm({ action, initial, version, reference, labels, cancelHref, computed = [] }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  initial: Values;
  /** The version being edited; absent when creating. */
  version?: number;
  reference: ReferenceData;
  labels: Pick<Messages, "fields" | "form" | "stage" | "instrument">;
  cancelHref: string;
  /** Figures a climate benefit calculation owns: shown read-only, with where to change them. */
  computed?: readonly string[];
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...(state.fieldErrors ?? {}), ...clientErrors };
  // After a refused save React resets the form: remounting it with what was typed keeps it all.
  const values = { ...initial, ...(state.values ?? {}) };
  const f = labels.fields;
  const opts = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));

  const groups: { title: string; fields: Def[] }[] = [
    {
      title: labels.form.groupBasic,
      fields: [
        { name: "name", kind: "text", required: true, wide: true },
        ...(reference.owners.length ? [{ name: "ownerOrgId", kind: "select" as const, required: true, options: reference.owners.map((o) => ({ value: String(o.id), label: o.name })) }] : []),
        { name: "categoryId", kind: "select", required: true, options: reference.categories.map((c) => ({ value: String(c.id), label: `${c.code} ${c.name}` })) },
        { name: "regionId", kind: "select", required: true, options: reference.regions.map((r) => ({ value: String(r.id), label: r.name })) },
        { name: "stage", kind: "select", required: true, options: opts(labels.stage) },
        { name: "startYear", kind: "number" },
        { name: "endYear", kind: "number" },
        { name: "description", kind: "textarea", wide: true },
        { name: "constructionContent", kind: "textarea", wide: true },
      ],
    },
    {
      title: labels.form.groupMoney,
      fields: [
        { name: "totalInvestment", kind: "amount", required: true, hint: labels.form.amountHint },
        { name: "ownFunds", kind: "amount", hint: labels.form.amountHint },
        { name: "financingNeed", kind: "amount", hint: labels.form.needHint },
        { name: "intendedInstrument", kind: "select", options: opts(labels.instrument) },
        { name: "carbonToolEligible", kind: "checkbox" },
        { name: "highEmission", kind: "checkbox" },
      ],
    },
    {
      title: labels.form.groupClimate,
      fields: ["co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT", "beneficiaries", "areaRestoredHa", "declaredCo2T"].map((name) => (
        computed.includes(name) ? { name, kind: "number" as const, readOnly: true, hint: labels.form.computedHint } : { name, kind: "number" as const }
      )),
    },
    { title: labels.form.groupContact, fields: [{ name: "contactName", kind: "text" }, { name: "contactPhone", kind: "text" }] },
  ];

  // The same schema as the server, so messages appear before the round trip; the server checks again.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const result = (version === undefined ? projectCreateInput : projectUpdateInput).safeParse(data);
    const found = result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    setClientErrors(found);
    if (!result.success) event.preventDefault();
  }

  return (
    <form key={JSON.stringify(state.values ?? null)} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6" data-testid="project-form">
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      {(state.message || Object.keys(clientErrors).length > 0) && (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          <p>{state.conflict ? labels.form.conflictTitle : state.message ?? labels.form.fixErrors}</p>
          {state.conflict && (
            <>
              <p className="mt-1">{state.message}</p>
              <ul className="mt-2 list-disc pl-5">
                {state.conflict.changes.map((c, i) => (
                  <li key={i}>{labels.form.conflictChanged.replace("{by}", c.by).replace("{at}", new Date(c.at).toLocaleString("zh-CN")).replace("{fields}", (f as Record<string, string>)[c.field] ?? c.field)}</li>
                ))}
              </ul>
              <a href={cancelHref} className="mt-2 inline-block text-brand-700 underline">{labels.form.reload}</a>
            </>
          )}
        </div>
      )}
      {groups.map((g) => (
        <fieldset key={g.title} className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-medium text-slate-700">{g.title}</legend>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {g.fields.map((d) => (
              <Field key={d.name} def={{ ...d, label: (f as Record<string, string>)[d.name] }} value={values[d.name]} error={errors[d.name]} choose={labels.form.choose} />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-2 text-sm text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? labels.form.saving : labels.form.save}
        </button>
        <Link href={cancelHref} className="rounded-md border border-slate-300 px-6 py-2 text-sm text-slate-700 hover:bg-slate-50">{labels.form.cancel}</Link>
      </div>
    </form>
  );
}
