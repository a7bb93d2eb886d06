// The cockpit's definitions, in one place, so that the page, the API, the project list's drill-down
// and the tests count the same things.
//
// - The cockpit looks at the library: projects whose review status is IN_LIBRARY.
// - "Year" is the year (China time) a project entered the library (Project.inLibraryAt). The same
//   `year` filter on the project list selects the same projects, so the totals agree.
// - Financing over time buckets financing records by the month of their record date (China time).
// - Funnel: each step counts the projects that reached at least that step, so every step is a
//   subset of the one before and the bars can only shrink:
//   declared = ever submitted (status other than DRAFT, or a submission date); with a year, those
//     submitted in that year plus the year's library entrants (a project counted in the library
//     was declared, even if in an earlier year);
//   in library = the cockpit's projects;
//   pushed / interested / approved / disbursed = in library, with a push whose answer has reached
//     that stage: pushed = any push; interested = INTERESTED, DUE_DILIGENCE, APPROVED or DISBURSED;
//     approved = APPROVED or DISBURSED; disbursed = DISBURSED. A push counts by its current answer
//     (a push declined after due diligence counts as pushed only).
//   Financing that did not come through a push (an ADB loan, fiscal money, a bond entered by the
//   bureau) is not a step of the banks' funnel: it shows in the secured amounts and by instrument.
// - Overdue bank answers: pushes still PENDING after their due time.

const CHINA_OFFSET_MS = 8 * 3600_000;

/** [start, end) of a calendar year in China time, as instants. */
export function chinaYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1) - CHINA_OFFSET_MS), lt: new Date(Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS) };
}

/** "2025-03": the month of an instant in China time. */
export function chinaMonth(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 7);
}

/**
 * The funnel stage a push's current answer has reached: 1 pushed, 2 interested, 3 approved,
 * 4 disbursed. A declined or unanswered push stays at "pushed".
 */
export const PUSH_STAGE_OF = {
  PENDING: 1, DECLINED: 1, INTERESTED: 2, DUE_DILIGENCE: 2, APPROVED: 3, DISBURSED: 4,
} as const satisfies Record<string, number>;
export type PushStage = 0 | (typeof PUSH_STAGE_OF)[keyof typeof PUSH_STAGE_OF];

/** The furthest stage any of a project's pushes has reached; 0 when it was never pushed. */
export function furthestPushStage(statuses: readonly (keyof typeof PUSH_STAGE_OF)[]): PushStage {
  return statuses.reduce<PushStage>((best, s) => Math.max(best, PUSH_STAGE_OF[s]) as PushStage, 0);
}

export const FUNNEL_STEPS = ["declared", "inLibrary", "pushed", "interested", "approved", "disbursed"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** The push stage each step after "in library" needs: the projects whose furthest stage is at least this. */
export const FUNNEL_PUSH_STAGE = { pushed: 1, interested: 2, approved: 3, disbursed: 4 } as const satisfies Partial<Record<FunnelStep, PushStage>>;

/** Sums per month, every month from the first to the last present, with empty months as zero. */
export function monthlySeries<T extends { month: string; amount: bigint; count: number }>(rows: readonly T[]): { month: string; amount: bigint; count: number }[] {
  const by = new Map<string, { amount: bigint; count: number }>();
  for (const r of rows) {
    const cur = by.get(r.month) ?? { amount: 0n, count: 0 };
    by.set(r.month, { amount: cur.amount + r.amount, count: cur.count + r.count });
  }
  const months = [...by.keys()].sort();
  if (!months.length) return [];
  const out: { month: string; amount: bigint; count: number }[] = [];
  let [y, mo] = months[0].split("-").map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, "0")}`;
    out.push({ month: key, ...(by.get(key) ?? { amount: 0n, count: 0 }) });
    if (key >= last) break;
    mo += 1;
    if (mo > 12) { mo = 1; y += 1; }
  }
  return out;
}
