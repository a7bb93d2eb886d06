"use client";
// The project benefit form: one or more calculation lines, each a calculator with its activity
// data. The lines travel as JSON; the server validates them with the same schema as the API.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { DEFAULT_GRID } from "@/lib/domain/benefits/calculators";
import type { BenefitKind, BenefitLine } from "@/lib/domain/benefits/types";
import type { FormState } from "@/lib/forms/action-state";
import { m } from "@/lib/i18n";

const t = m.climate.project;
const a = m.climate.activity;
const o = m.climate.options;

type Option = { value: string; label: string };
type Field = { name: string; label: string; options?: Option[]; when?: (act: Record<string, unknown>) => boolean };
type EditLine = { kind: BenefitKind; activity: Record<string, unknown>; overrides?: BenefitLine["overrides"] };

const opts = (rec: Record<string, string>): Option[] => Object.entries(rec).map(([value, label]) => ({ value, label }));

function fieldsOf(kind: BenefitKind, grids: Option[], rates: Option[]): Field[] {
  const grid: Field = { name: "grid", label: a.grid, options: grids };
  switch (kind) {
    case "renewable": return [{ name: "mwh", label: a.mwh }, { name: "co2Basis", label: a.co2Basis, options: opts(o.co2Basis) },
      { ...grid, when: (x) => x.co2Basis !== "coal" }, { name: "tceConversion", label: a.tceConversion, options: opts(o.tceConversion) }];
    case "energy_saving": return [{ name: "tce", label: a.tce }];
    case "fuel_switch": return [{ name: "fuel", label: a.fuel, options: opts(o.fuel) }, { name: "fuelQty", label: a.fuelQty },
      { name: "newEnergy", label: a.newEnergy, options: opts(o.newEnergy) }, { name: "newQty", label: a.newQty }, { ...grid, when: (x) => x.newEnergy === "electricity" }];
    case "carbon_sink": return [{ name: "areaHa", label: a.areaHa }, { name: "rate", label: a.rate, options: rates }];
    case "waste": return [{ name: "ch4T", label: a.ch4T }, { name: "mwh", label: a.wasteMwh }, grid];
    case "transport": return [{ name: "vehicleKm", label: a.vehicleKm }, { name: "fuel", label: a.vehicleFuel, options: opts(o.vehicleFuel) },
      { name: "litresPer100km", label: a.litresPer100km }, { name: "kwhPer100km", label: a.kwhPer100km }, grid];
    case "green_building": return [{ name: "mwhSaved", label: a.mwhSaved }, grid];
  }
}

/** A new line of a kind: selects start on their first option, numbers empty. */
function blank(kind: BenefitKind, grids: Option[], rates: Option[]): EditLine {
  const first = (f: Field) => (f.name === "grid" && f.options!.some((x) => x.value === DEFAULT_GRID) ? DEFAULT_GRID : f.options![0]?.value ?? "");
  const activity = Object.fromEntries(fieldsOf(kind, grids, rates).map((f) => [f.name, f.options ? first(f) : ""]));
  return { kind, activity };
}

const INPUT = "w-full rounded-md border border-slate-300 px-2 py-1 text-sm";

export function BenefitForm({ action, version, lines, declaredCo2T, grids, rates }: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  version: number; lines: readonly BenefitLine[] | null; declaredCo2T: number | null; grids: Option[]; rates: Option[];
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const [items, setItems] = useState<EditLine[]>(() =>
    lines?.length ? lines.map((l) => ({ ...l, activity: { ...l.activity } as Record<string, unknown> })) : [blank("renewable", grids, rates)]);
  const err = state.fieldErrors ?? {};
  const update = (i: number, next: EditLine) => setItems(items.map((x, j) => (j === i ? next : x)));
  // Submitted by hand rather than through <form action>: React resets a form after its action
  // succeeds, which would show the first option of every select while the lines keep their state.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return (
    <form onSubmit={submit} className="space-y-4" data-testid="benefit-form">
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="lines" value={JSON.stringify(items)} />
      {items.map((line, i) => (
        <fieldset key={i} className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">{t.line.replace("{n}", String(i + 1))}</legend>
          <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
            <label className="text-sm">
              <span className="mb-1 block text-slate-600">{t.kind}</span>
              <select className={INPUT} value={line.kind} aria-label={`${t.kind} ${i + 1}`}
                onChange={(e) => update(i, blank(e.target.value as BenefitKind, grids, rates))}>
                {Object.entries(m.climate.kinds).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </select>
            </label>
            {fieldsOf(line.kind, grids, rates).filter((f) => !f.when || f.when(line.activity)).map((f) => {
              const path = `lines.${i}.activity.${f.name}`;
              const value = String(line.activity[f.name] ?? "");
              const set = (v: string) => update(i, { ...line, activity: { ...line.activity, [f.name]: v } });
              return (
                <label key={f.name} className="text-sm">
                  <span className="mb-1 block text-slate-600">{f.label}</span>
                  {f.options
                    ? <select className={INPUT} value={value} onChange={(e) => set(e.target.value)}>{f.options.map((x) => <option key={x.value} value={x.value}>{x.label}</option>)}</select>
                    : <input className={INPUT} inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} aria-invalid={path in err} />}
                  {err[path] && <span className="mt-1 block text-xs text-red-600">{err[path]}</span>}
                </label>
              );
            })}
          </div>
          {line.overrides && Object.keys(line.overrides).length > 0 && (
            <div className="mt-3 rounded bg-amber-50 px-3 py-2 text-xs text-amber-900">
              <p className="mb-1 font-medium">{t.overrides}</p>
              {Object.entries(line.overrides).map(([key, ov]) => (
                <p key={key} className="flex items-center gap-2">
                  <span>{key} = {ov.value}（{ov.source}）</span>
                  <button type="button" className="text-brand-700 hover:underline" onClick={() => {
                    const rest = { ...line.overrides };
                    delete rest[key];
                    update(i, { ...line, overrides: rest });
                  }}>{t.removeOverride}</button>
                </p>
              ))}
            </div>
          )}
          {items.length > 1 && (
            <button type="button" className="mt-2 text-xs text-red-700 hover:underline" onClick={() => setItems(items.filter((_, j) => j !== i))}>{t.removeLine}</button>
          )}
        </fieldset>
      ))}
      <button type="button" className="rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
        onClick={() => setItems([...items, blank("energy_saving", grids, rates)])}>{t.addLine}</button>
      <label className="block max-w-sm text-sm">
        <span className="mb-1 block text-slate-600">{t.declaredCo2T}</span>
        <input name="declaredCo2T" className={INPUT} inputMode="decimal" defaultValue={declaredCo2T ?? ""} />
        {err.declaredCo2T && <span className="mt-1 block text-xs text-red-600">{err.declaredCo2T}</span>}
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800 disabled:opacity-60">{t.save}</button>
        {state.message && <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-700" : "text-red-600"}`}>{state.message}</p>}
      </div>
      {err.lines && <p role="alert" className="text-sm text-red-600">{err.lines}</p>}
    </form>
  );
}
