"use client";
import { useRouter } from "next/navigation";

/** Choosing a month moves the page to it; the month is in the URL, so the view can be shared. */
export function PeriodSelect({ label, value, options, hrefs }: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  /** Where each option leads (the same page with that month and the other filters kept). */
  hrefs: Record<string, string>;
}) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-600">
      {label}
      <select value={value} onChange={(e) => router.push(hrefs[e.target.value])} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800">
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}
