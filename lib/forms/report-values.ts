// The filing form posts its problem rows as "problems.<row>.<field>": back into the nested shape
// the report schema reads (rows are renumbered by the form, so the indices are contiguous).
const ROW = /^problems\.(\d+)\.(\w+)$/;

export function reportFormInput(values: Record<string, string>): Record<string, unknown> {
  const rows: Record<string, string>[] = [];
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const match = ROW.exec(key);
    if (!match) plain[key] = value;
    else (rows[Number(match[1])] ??= {})[match[2]] = value;
  }
  return { ...plain, problems: rows.filter(Boolean) };
}

/** How many problem rows a refused form had, so that it comes back with all of them. */
export function problemRowCount(values: Record<string, string> | undefined): number {
  let count = 0;
  for (const key of Object.keys(values ?? {})) {
    const match = ROW.exec(key);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}
