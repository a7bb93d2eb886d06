// Calendar days as the product's users live them: in China Standard Time (UTC+8, no summer time).
// Date-only values are stored as that day at 00:00 UTC.

const CST_OFFSET_MS = 8 * 3_600_000;

/** The China calendar day an instant falls on, as that day at 00:00 UTC. */
export function chinaDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + CST_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** "2026-11-23": the value of a date input for a stored day. */
export function dayInputValue(day: Date): string {
  return day.toISOString().slice(0, 10);
}
