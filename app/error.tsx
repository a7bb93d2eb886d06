"use client";
import Link from "next/link";
import { m } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
      <p className="text-slate-700">{m.errors.generic}</p>
      <div className="mt-6 flex justify-center gap-4">
        <button onClick={reset} className="text-brand-700 hover:underline">{m.errors.retry}</button>
        <Link href="/" className="text-brand-700 hover:underline">{m.errors.backHome}</Link>
      </div>
    </main>
  );
}
