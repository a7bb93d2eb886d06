// Geometry of the programme timeline (a Gantt-like chart): a quarter-aligned axis that covers
// every milestone date and today, and where a day falls on it as a fraction of its width.
import { daysBetween, type IsoDay } from "../calendar";

export interface QuarterTick {
  start: IsoDay;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Left edge and width as fractions of the axis. */
  left: number;
  width: number;
}

export interface TimelineAxis {
  start: IsoDay;
  end: IsoDay;
  quarters: QuarterTick[];
}

function quarterStart(day: IsoDay): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

const dayOf = (year: number, quarter: number): IsoDay => `${year}-${String((quarter - 1) * 3 + 1).padStart(2, "0")}-01`;

/** The axis from the quarter of the earliest day to the end of the quarter of the latest. */
export function timelineAxis(days: readonly IsoDay[]): TimelineAxis | null {
  if (!days.length) return null;
  const sorted = [...days].sort();
  let { year, quarter } = quarterStart(sorted[0]);
  const last = quarterStart(sorted.at(-1)!);
  const starts: { year: number; quarter: number }[] = [];
  while (year < last.year || (year === last.year && quarter <= last.quarter)) {
    starts.push({ year, quarter });
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
  const start = dayOf(starts[0].year, starts[0].quarter);
  const end = dayOf(year, quarter);
  const span = daysBetween(start, end);
  const quarters = starts.map((q, i) => {
    const from = dayOf(q.year, q.quarter);
    const to = i + 1 < starts.length ? dayOf(starts[i + 1].year, starts[i + 1].quarter) : end;
    return { start: from, year: q.year, quarter: q.quarter as QuarterTick["quarter"], left: daysBetween(start, from) / span, width: daysBetween(from, to) / span };
  });
  return { start, end, quarters };
}

/** Where a day lies on the axis, from 0 (its start) to 1 (its end). */
export function positionOf(axis: TimelineAxis, day: IsoDay): number {
  const x = daysBetween(axis.start, day) / daysBetween(axis.start, axis.end);
  return Math.min(1, Math.max(0, x));
}
