// One labelled form field with its hint or error, shared by every form of the product.
export type FieldKind = "text" | "password" | "textarea" | "amount" | "number" | "date" | "select" | "checkbox" | "checkboxes";

export interface FieldDef {
  name: string;
  kind: FieldKind;
  label: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  wide?: boolean;
  /** Shown but not editable: its value is sent back unchanged. */
  readOnly?: boolean;
}

export const INPUT = "mt-1 w-full rounded-md border px-3 py-1.5 text-sm outline-none focus:ring-2 focus:ring-brand-100";

/** A value list (checkboxes) travels as one comma-separated string, like every other field. */
const listOf = (value?: string) => new Set((value ?? "").split(",").filter(Boolean));

export function Field({ def, value, error, choose }: { def: FieldDef; value?: string; error?: string; choose: string }) {
  const border = error ? "border-red-400" : def.readOnly ? "border-slate-200 bg-slate-50 text-slate-500" : "border-slate-300 focus:border-brand-600";
  const id = `f-${def.name}`;
  const describedBy = error ? `${id}-error` : def.hint ? `${id}-hint` : undefined;
  const common = { id, name: def.name, defaultValue: value ?? "", "aria-invalid": Boolean(error), "aria-describedby": describedBy, "aria-required": def.required };
  const message = error ? <p id={`${id}-error`} className="mt-1 text-xs text-red-600">{error}</p> : def.hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-400">{def.hint}</p>;
  if (def.kind === "checkbox") {
    return (
      <div className="flex items-center gap-2 pt-6">
        <input type="hidden" name={def.name} value="false" />
        <input id={id} type="checkbox" name={def.name} defaultChecked={value === "true" || value === "on"} className="h-4 w-4" />
        <label htmlFor={id} className="text-sm text-slate-700">{def.label}</label>
        {error && <p id={`${id}-error`} className="text-xs text-red-600">{error}</p>}
      </div>
    );
  }
  if (def.kind === "checkboxes") {
    const chosen = listOf(value);
    return (
      <fieldset className={def.wide ? "md:col-span-2 xl:col-span-3" : undefined} aria-describedby={describedBy}>
        <legend className="text-sm text-slate-600">{def.label}{def.required && <span aria-hidden="true" className="text-red-500"> *</span>}</legend>
        <input type="hidden" name={def.name} value="" />
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {def.options!.map((o) => (
            <label key={o.value} className="flex items-center gap-1 text-sm text-slate-700">
              <input type="checkbox" name={def.name} value={o.value} defaultChecked={chosen.has(o.value)} className="h-4 w-4" />{o.label}
            </label>
          ))}
        </div>
        {message}
      </fieldset>
    );
  }
  return (
    <div className={def.wide ? "md:col-span-2 xl:col-span-3" : undefined}>
      <label htmlFor={id} className="text-sm text-slate-600">{def.label}{def.required && <span aria-hidden="true" className="text-red-500"> *</span>}</label>
      {def.kind === "textarea" ? (
        <textarea {...common} rows={3} className={`${INPUT} ${border}`} />
      ) : def.kind === "select" ? (
        <select {...common} className={`${INPUT} ${border} bg-white`}>
          <option value="">{choose}</option>
          {def.options!.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input {...common} readOnly={def.readOnly} type={def.kind === "date" ? "date" : def.kind === "password" ? "password" : "text"} autoComplete={def.kind === "password" ? "new-password" : undefined} inputMode={def.kind === "amount" || def.kind === "number" ? "decimal" : undefined} className={`${INPUT} ${border}`} />
      )}
      {message}
    </div>
  );
}
