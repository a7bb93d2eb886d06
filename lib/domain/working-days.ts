// Deadlines for bank answers count working days: weekends are skipped.
export function addWorkingDays(start: Date, days: number): Date {
  const d = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left -= 1;
  }
  return d;
}
