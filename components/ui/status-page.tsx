import Link from "next/link";
import type { ReactNode } from "react";
import { m } from "@/lib/i18n";

/** The page shown for 403, 404 and unexpected errors: what happened and a way back. */
export function StatusPage({ code, message, children }: { code?: string; message: string; children?: ReactNode }) {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
      {code && <p className="text-4xl font-semibold text-slate-300">{code}</p>}
      <p className="mt-4 text-slate-700">{message}</p>
      <div className="mt-6 flex justify-center gap-4">
        {children}
        <Link href="/" className="text-brand-700 hover:underline">{m.errors.backHome}</Link>
      </div>
    </main>
  );
}
