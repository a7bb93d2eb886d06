// The cockpit's definitions, in one place, so that the page, the API, the project list's drill-down
// and the tests count the same things.
//
// - The cockpit looks at the library: projects whose review status is IN_LIBRARY.
// - "Year" is the year (China time) a project entered the library (Project.inLibraryAt). The same
//   `year` filter on the project list selects the same projects, so the totals agree.
// - Financing over time buckets financing records by the month of their record date (China time).
// - Funnel: declared = ever submitted (status other than DRAFT, or a submission date); in library =
//   the cockpit's projects; pushed = in library with at least one push; interested = a push answered
//   with interest or later (INTERESTED, DUE_DILIGENCE, APPROVED, DISBURSED); approved = a push
//   APPROVED or DISBURSED, or a financing record; disbursed = a push DISBURSED or a DISBURSED record.
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

export const INTERESTED_PUSH = ["INTERESTED", "DUE_DILIGENCE", "APPROVED", "DISBURSED"] as const;
export const APPROVED_PUSH = ["APPROVED", "DISBURSED"] as const;

export const FUNNEL_STEPS = ["declared", "inLibrary", "pushed", "interested", "approved", "disbursed"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

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
