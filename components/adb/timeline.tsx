// The programme at a glance: one row per sub-project on a quarter axis, each milestone a marker
// at its actual date (done) or planned date (not yet done), overdue ones in red. Plain HTML/CSS:
// the geometry comes from lib/domain/adb/timeline and no script is needed in the browser.
import Link from "next/link";
import type { ReactNode } from "react";
import { positionOf, timelineAxis, type TimelineAxis } from "@/lib/domain/adb/timeline";
import { m } from "@/lib/i18n";
import type { MilestoneView, SubProjectSummary } from "@/lib/services/adb/overview";

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;

type MarkerState = "done" | "pending" | "overdue";

function stateOf(ms: MilestoneView): MarkerState {
  return ms.actualDate ? "done" : ms.overdue ? "overdue" : "pending";
}

const COLORS: Record<MarkerState, string> = {
  done: "bg-emerald-600 border-emerald-700",
  pending: "bg-white border-slate-400",
  overdue: "bg-red-500 border-red-700 ring-2 ring-red-200",
};

/** The ADB gate and the start of works stand out by shape; every other milestone is a dot. */
function Marker({ kind, state, className = "" }: { kind: string; state: MarkerState; className?: string }) {
  const shape = kind === "TENDER_RESULT_APPROVAL" ? "rotate-45 rounded-[1px]" : kind === "CONSTRUCTION_START" ? "rounded-[1px]" : "rounded-full";
  return <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 border ${shape} ${COLORS[state]} ${className}`} />;
}

function describe(ms: MilestoneView): string {
  const t = m.adb.timeline;
  const state = ms.actualDate ? m.adb.milestones.done : ms.overdue ? m.adb.milestones.overdue : m.adb.milestones.pending;
  return `${ms.label}（${state}）：${t.planned} ${ms.plannedDate ?? t.none}，${t.actual} ${ms.actualDate ?? "—"}`;
}

function Row({ s, axis }: { s: SubProjectSummary; axis: TimelineAxis }) {
  const dated = s.milestones.filter((ms) => ms.actualDate ?? ms.plannedDate);
  const dayOf = (ms: MilestoneView) => (ms.actualDate ?? ms.plannedDate)!;
  const first = dated[0];
  const last = dated.at(-1);
  const lastDone = [...s.milestones].reverse().find((ms) => ms.actualDate);
  return (
    <div className="relative h-8 border-b border-slate-100" data-testid={`timeline-row-${s.code}`}>
      {first && last && (
        <span className="absolute top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-slate-200"
          style={{ left: pct(positionOf(axis, dayOf(first))), width: pct(positionOf(axis, dayOf(last)) - positionOf(axis, dayOf(first))) }} />
      )}
      {first?.actualDate && lastDone?.actualDate && (
        <span className="absolute top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-emerald-200"
          style={{ left: pct(positionOf(axis, first.actualDate)), width: pct(positionOf(axis, lastDone.actualDate) - positionOf(axis, first.actualDate)) }} />
      )}
      {dated.map((ms) => (
        <span key={ms.kind} title={describe(ms)} className="absolute top-1/2 flex -translate-x-1/2 -translate-y-1/2"
          style={{ left: pct(positionOf(axis, dayOf(ms))) }} data-state={stateOf(ms)}>
          <Marker kind={ms.kind} state={stateOf(ms)} />
          <span className="sr-only">{describe(ms)}</span>
        </span>
      ))}
    </div>
  );
}

function Legend() {
  const t = m.adb.timeline;
  const item = (marker: ReactNode, text: string) => <span className="flex items-center gap-1.5">{marker}{text}</span>;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-5 gap-y-1 text-xs text-slate-600" data-testid="timeline-legend">
      {item(<Marker kind="x" state="done" />, t.done)}
      {item(<Marker kind="x" state="pending" />, t.pending)}
      {item(<Marker kind="x" state="overdue" />, t.overdue)}
      {item(<Marker kind="TENDER_RESULT_APPROVAL" state="pending" />, t.tender)}
      {item(<Marker kind="CONSTRUCTION_START" state="pending" />, t.start)}
      {item(<span className="inline-block h-3 border-l-2 border-dashed border-red-500" />, t.today)}
    </div>
  );
}

export function ProgrammeTimeline({ subProjects, today }: { subProjects: SubProjectSummary[]; today: string }) {
  const days = subProjects.flatMap((s) => s.milestones.flatMap((ms) => [ms.plannedDate, ms.actualDate].filter((d): d is string => d !== null)));
  const axis = timelineAxis([...days, today]);
  if (!axis) return <p className="text-sm text-slate-400">{m.table.empty}</p>;
  const years = [...new Set(axis.quarters.map((q) => q.year))].map((year) => {
    const qs = axis.quarters.filter((q) => q.year === year);
    return { year, left: qs[0].left, width: qs.reduce((w, q) => w + q.width, 0) };
  });
  const todayAt = positionOf(axis, today);
  return (
    <div data-testid="adb-timeline">
      <Legend />
      <div className="flex text-sm">
        <div className="w-80 shrink-0 pr-3">
          <div className="h-10 border-b border-slate-200" />
          {subProjects.map((s) => (
            <div key={s.id} className="flex h-8 items-center gap-2 border-b border-slate-100">
              <span className="w-[4.5rem] shrink-0 font-mono text-[11px] text-slate-400">{s.code}</span>
              <Link href={`/adb/${s.id}`} title={s.name} className={`truncate hover:underline ${s.overdue.length ? "text-red-700" : "text-slate-800"}`}>{s.name}</Link>
            </div>
          ))}
        </div>
        <div className="relative min-w-0 flex-1">
          <div className="relative h-10 border-b border-slate-200 text-[11px] text-slate-500">
            {years.map((y) => (
              <span key={y.year} className="absolute top-0 h-5 border-l border-slate-300 pl-1 font-medium text-slate-700" style={{ left: pct(y.left), width: pct(y.width) }}>{y.year}</span>
            ))}
            {axis.quarters.map((q) => (
              <span key={q.start} className="absolute top-5 h-5 border-l border-slate-200 text-center leading-5" style={{ left: pct(q.left), width: pct(q.width) }}>
                {m.adb.timeline.quarter.replace("{q}", String(q.quarter))}
              </span>
            ))}
          </div>
          <div className="relative">
            {axis.quarters.map((q) => (
              <span key={q.start} aria-hidden="true" className={`absolute inset-y-0 border-l ${q.quarter === 1 ? "border-slate-200" : "border-slate-100"}`} style={{ left: pct(q.left) }} />
            ))}
            {subProjects.map((s) => <Row key={s.id} s={s} axis={axis} />)}
            <span aria-hidden="true" title={`${m.adb.timeline.today} ${today}`} className="absolute inset-y-0 border-l-2 border-dashed border-red-500" style={{ left: pct(todayAt) }} />
          </div>
          <span className="absolute -top-0 -translate-x-1/2 rounded bg-red-500 px-1 text-[10px] text-white" style={{ left: pct(todayAt) }}>{m.adb.timeline.today}</span>
        </div>
      </div>
    </div>
  );
}
