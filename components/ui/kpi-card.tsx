/** A headline figure; the unit after the last space is set smaller so long units never wrap. */
export function KpiCard({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  const cut = value.lastIndexOf(" ");
  const [figure, unit] = cut > 0 ? [value.slice(0, cut), value.slice(cut + 1)] : [value, ""];
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <p className="text-sm text-slate-500">{label}</p>
      <p className="mt-1 whitespace-nowrap text-slate-900">
        <span className="text-2xl font-semibold tabular-nums">{figure}</span>
        {unit && (
          <>
            {" "}
            <span className="text-sm text-slate-600">{unit}</span>
          </>
        )}
      </p>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </div>
  );
}
