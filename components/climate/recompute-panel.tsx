"use client";
// The admin's recompute after a factor update, and the before/after summary it answers with.
import { useActionState } from "react";
import type { RecomputeState } from "@/app/(climate)/climate/actions";
import { formatQuantity } from "@/lib/domain/format";
import { m } from "@/lib/i18n";

const f = m.climate.factors;
const n = (v: number | null) => (v === null ? "—" : formatQuantity(v, 2));

export function RecomputePanel({ label, action }: { label: string; action: (prev: RecomputeState, form: FormData) => Promise<RecomputeState> }) {
  const [state, formAction, pending] = useActionState(action, {} as RecomputeState);
  const s = state.summary;
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-center gap-3">
        {!s && <span className="text-sm text-amber-900">{label}</span>}
        {!s && (
          <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-3 py-1 text-sm text-white hover:bg-brand-800 disabled:opacity-60">{f.recompute}</button>
        )}
        {state.message && !state.ok && <p role="alert" className="basis-full text-xs text-red-600">{state.message}</p>}
      </form>
      {s && (
        <div data-testid="recompute-summary" className="rounded border border-slate-200 bg-white p-3">
          <p role="status" className="mb-2 text-sm text-emerald-800">
            {f.recomputed.replace("{name}", s.name).replace("{v}", String(s.version)).replace("{value}", formatQuantity(s.value, 6)).replace("{unit}", s.unit).replace("{n}", String(s.projects.length))}
          </p>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th scope="col" className="py-1.5 pr-3 font-medium">{f.project}</th>
                <th scope="col" className="px-3 py-1.5 text-right font-medium">{f.before}（tCO₂e/年）</th>
                <th scope="col" className="px-3 py-1.5 text-right font-medium">{f.after}（tCO₂e/年）</th>
                <th scope="col" className="px-3 py-1.5 text-right font-medium">{f.change}</th>
              </tr>
            </thead>
            <tbody>
              {s.projects.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <td className="py-1 pr-3"><a className="text-brand-700 hover:underline" href={`/climate/projects/${r.id}`}>{r.code}</a> {r.name}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{n(r.before.co2ReductionT)}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{n(r.after.co2ReductionT)}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{r.before.co2ReductionT !== null && r.after.co2ReductionT !== null ? n(r.after.co2ReductionT - r.before.co2ReductionT) : "—"}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="font-medium">
              <tr className="border-t border-slate-300">
                <td className="py-1.5 pr-3">{m.climate.total}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{n(s.totals.before.co2ReductionT)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{n(s.totals.after.co2ReductionT)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">
                  {s.totals.before.co2ReductionT !== null && s.totals.after.co2ReductionT !== null ? n(s.totals.after.co2ReductionT - s.totals.before.co2ReductionT) : "—"}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
