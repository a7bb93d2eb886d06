import type { Metadata } from "next";
import { InlineForm } from "@/components/admin/inline-form";
import { RecomputePanel } from "@/components/climate/recompute-panel";
import { Badge } from "@/components/ui/badge";
import { PageHeader, Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { requirePage } from "@/lib/auth/session";
import { formatDate, formatQuantity } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { staleFactorUses } from "@/lib/services/climate/benefits";
import { listFactors, type FactorRow } from "@/lib/services/climate/factors";
import { createFactorVersionAction, recomputeAction } from "../actions";

export const metadata: Metadata = { title: m.climate.factors.title };

const f = m.climate.factors;
const INPUT = "rounded-md border border-slate-300 px-2 py-1 text-sm";

function VersionCells({ r }: { r: FactorRow }) {
  return (
    <>
      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatQuantity(r.value, 6)}</td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">{r.unit}</td>
      <td className="whitespace-nowrap px-3 py-2">
        <Badge tone={r.current ? "green" : "gray"}>{f.versionLabel.replace("{v}", String(r.version))}</Badge>
      </td>
      <td className="whitespace-nowrap px-3 py-2 tabular-nums">{r.year}</td>
      <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDate(r.validFrom)}</td>
      <td className="px-3 py-2 text-slate-600">{r.source}{r.createdBy ? `（${f.createdBy}：${r.createdBy}）` : ""}</td>
      <td className="px-3 py-2 text-right tabular-nums">{r.projectsUsing}</td>
    </>
  );
}

function NewVersionForm({ r }: { r: FactorRow }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-brand-700">{f.newVersion}</summary>
      <div className="mt-2">
        <InlineForm action={createFactorVersionAction.bind(null, r.key)} submit={f.publish} testId={`new-version-${r.key}`}>
          <input name="value" aria-label={f.value} placeholder={`${f.value}（${r.unit}）`} className={`${INPUT} w-36`} />
          <input name="year" aria-label={f.year} placeholder={f.year} className={`${INPUT} w-20`} />
          <input name="validFrom" type="date" aria-label={f.validFrom} className={INPUT} />
          <input name="source" aria-label={f.source} placeholder={f.source} className={`${INPUT} w-96`} />
        </InlineForm>
      </div>
    </details>
  );
}

export default async function FactorsPage() {
  const actor = await requirePage("factor.read");
  const [rows, stale] = await Promise.all([listFactors(actor, { all: true }), staleFactorUses(actor)]);
  const manage = can(actor, "factor.manage");
  // Keys in the order they were first entered (the seed lists grid factors first), not alphabetically.
  const keys = [...new Set([...rows].sort((x, y) => x.id - y.id).map((r) => r.key))];
  const currentOf = new Map(rows.filter((r) => r.current).map((r) => [r.key, r]));
  return (
    <>
      <PageHeader title={f.title} intro={f.intro} />
      <div className="space-y-6">
        {stale.length > 0 && (
          <div className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4" data-testid="stale-factors">
            <p className="text-sm font-medium text-amber-900">{f.stale}</p>
            {stale.map((s) => {
              const label = f.staleRow.replace("{name}", currentOf.get(s.key)?.name ?? s.key).replace("{n}", String(s.projects));
              return manage
                ? <RecomputePanel key={s.key} label={label} action={recomputeAction.bind(null, s.key)} />
                : <p key={s.key} className="text-sm text-amber-900">{label}</p>;
            })}
          </div>
        )}
        <Section title={f.title}>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="factor-table">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-500">
                  {[f.name, f.value, f.unit, f.version, f.year, f.validFrom, f.source, f.using].map((h, i) => (
                    <th key={h} scope="col" className={`whitespace-nowrap px-3 py-2 font-medium ${i === 1 || i === 7 ? "text-right" : ""}`}>{h}</th>
                  ))}
                </tr>
              </thead>
              {keys.map((key) => {
                const versions = rows.filter((r) => r.key === key);
                const cur = versions.find((r) => r.current) ?? versions[0];
                const old = versions.filter((r) => r !== cur);
                return (
                  <tbody key={key} data-testid={`factor-${key}`} className="border-b border-slate-200">
                    <tr className="align-top">
                      <td className="px-3 py-2">
                        <div className="font-medium text-slate-800">{cur.name}</div>
                        <div className="text-xs text-slate-400">{key}</div>
                        {manage && <NewVersionForm r={cur} />}
                      </td>
                      <VersionCells r={cur} />
                    </tr>
                    {old.map((r) => (
                      <tr key={r.id} className="align-top text-slate-500">
                        <td className="px-3 py-1 pl-6 text-xs">{f.superseded} {formatDate(r.supersededAt)}</td>
                        <VersionCells r={r} />
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
        </Section>
      </div>
    </>
  );
}
