// Calendar days as the product's users live them: China Standard Time (UTC+8, no summer time).
// Days travel as "YYYY-MM-DD" text, which compares in date order; the database keeps them at 00:00 UTC.

export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The stored form of a day: midnight UTC. */
export function dayToDate(day: IsoDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/** Today's date where the bureaus work (China Standard Time, UTC+8, no daylight saving). */
export function chinaToday(now: Date = new Date()): IsoDay {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((dayToDate(to).getTime() - dayToDate(from).getTime()) / 86_400_000);
}
