"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{label}</button>
  );
}
