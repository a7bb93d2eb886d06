// What a verifier needs to follow a project's climate figures: computed beside declared, every
// step of the arithmetic, and the factor versions with their sources.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FIGURE_KEYS, type BenefitKind, type BenefitResult } from "@/lib/domain/benefits";
import { formatDateTime, formatFigure, formatQuantity } from "@/lib/domain/format";
import { m } from "@/lib/i18n";

const t = m.climate.project;
const u = m.climate.units;

export interface BenefitView {
  co2ReductionT: number | null;
  energySavedTce: number | null;
  renewableMwh: number | null;
  carbonSinkT: number | null;
  areaRestoredHa: number | null;
  beneficiaries: number | null;
  declaredCo2T: number | null;
  benefitTrace: unknown;
  benefitComputedAt: Date | null;
}

function Comparison({ p, computed }: { p: BenefitView; computed: boolean }) {
  const diff = p.co2ReductionT !== null && p.declaredCo2T ? (p.co2ReductionT - p.declaredCo2T) / p.declaredCo2T : null;
  const rows: [string, string, string, string][] = [
    [m.fields.co2ReductionT, formatFigure(p.co2ReductionT, "tCO₂e/年"), formatFigure(p.declaredCo2T, "tCO₂e/年"),
      diff === null ? "—" : `${diff >= 0 ? "+" : ""}${(diff * 100).toFixed(1)}%`],
    [m.fields.energySavedTce, formatFigure(p.energySavedTce, u.tce), "—", ""],
    [m.fields.renewableMwh, formatFigure(p.renewableMwh, u.mwh), "—", ""],
    [m.fields.carbonSinkT, formatFigure(p.carbonSinkT, u.sink), "—", ""],
    [m.fields.areaRestoredHa, formatFigure(p.areaRestoredHa, u.ha), "—", ""],
    [m.fields.beneficiaries, formatFigure(p.beneficiaries, u.people, 0), "—", ""],
  ];
  return (
    <table className="w-full text-sm" data-testid="benefit-comparison">
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-500">
          <th scope="col" className="py-2 pr-3 font-medium">{t.figure}</th>
          <th scope="col" className="px-3 py-2 text-right font-medium">{computed ? t.computed : t.typed}</th>
          <th scope="col" className="px-3 py-2 text-right font-medium">{t.declared}</th>
          <th scope="col" className="px-3 py-2 text-right font-medium">{t.diff}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, a, b, d]) => (
          <tr key={label} className="border-b border-slate-100">
            <td className="py-1.5 pr-3 text-slate-600">{label}</td>
            <td className="px-3 py-1.5 text-right tabular-nums">{a}</td>
            <td className="px-3 py-1.5 text-right tabular-nums text-slate-600">{b}</td>
            <td className="px-3 py-1.5 text-right tabular-nums text-slate-500">{d}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Steps({ trace }: { trace: BenefitResult }) {
  return (
    <ol className="space-y-3 text-sm" data-testid="benefit-steps">
      {trace.lines.map((line, i) => (
        <li key={i}>
          <p className="font-medium text-slate-700">{t.line.replace("{n}", String(i + 1))} · {m.climate.kinds[line.kind as BenefitKind]}</p>
          <ul className="mt-1 space-y-0.5 pl-4">
            {line.steps.map((s, j) => (
              <li key={j} className="text-slate-700">
                <span className="text-slate-500">{s.label} = </span>{s.expression} = <span className="font-medium tabular-nums">{formatQuantity(s.value, 2)} {s.unit}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Factors({ trace }: { trace: BenefitResult }) {
  return (
    <table className="w-full text-sm" data-testid="benefit-factors">
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-500">
          <th scope="col" className="py-2 pr-3 font-medium">{m.climate.factors.name}</th>
          <th scope="col" className="px-3 py-2 text-right font-medium">{m.climate.factors.value}</th>
          <th scope="col" className="px-3 py-2 font-medium">{m.climate.factors.version}</th>
          <th scope="col" className="px-3 py-2 font-medium">{m.climate.factors.source}</th>
        </tr>
      </thead>
      <tbody>
        {trace.factors.map((f) => (
          <tr key={`${f.key}-${f.id ?? f.value}`} className="border-b border-slate-100 align-top">
            <td className="py-1.5 pr-3">{f.name}<div className="text-xs text-slate-400">{f.key}</div></td>
            <td className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums">{formatQuantity(f.value, 6)} {f.unit}</td>
            <td className="whitespace-nowrap px-3 py-1.5">
              {f.version === null ? <Badge tone="amber">{t.override}</Badge> : <Badge tone="blue">{m.climate.factors.versionLabel.replace("{v}", String(f.version))}</Badge>}
            </td>
            <td className="px-3 py-1.5 text-slate-600">{f.source}{f.year ? `（${f.year}）` : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The whole trace; `link` adds the way to the benefit page (from the project page). */
export function BenefitTrace({ project, link, stale = [] }: {
  project: BenefitView; link?: string; stale?: { key: string; name: string; usedVersion: number; currentVersion: number }[];
}) {
  const trace = project.benefitTrace as BenefitResult | null;
  return (
    <div className="space-y-4">
      {!trace && <p className="text-sm text-slate-500">{t.notComputed}</p>}
      {stale.map((s) => (
        <p key={s.key} role="status" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t.stale.replace("{name}", s.name).replace("{current}", String(s.currentVersion)).replace("{used}", String(s.usedVersion))}
        </p>
      ))}
      {trace && FIGURE_KEYS.some((k) => trace.figures[k] !== null && trace.figures[k] !== project[k]) && (
        <p role="status" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-800">{t.editedByHand}</p>
      )}
      <Comparison p={project} computed={trace !== null} />
      {trace && (
        <>
          <div>
            <h3 className="mb-2 text-sm font-medium text-slate-800">{t.formula}</h3>
            <Steps trace={trace} />
          </div>
          <div>
            <h3 className="mb-2 text-sm font-medium text-slate-800">{t.factorsUsed}</h3>
            <Factors trace={trace} />
          </div>
          <p className="text-xs text-slate-500">{t.computedAt}：{formatDateTime(project.benefitComputedAt)}</p>
        </>
      )}
      {link && <Link href={link} className="inline-block text-sm text-brand-700 hover:underline">{t.detailLink} →</Link>}
    </div>
  );
}
