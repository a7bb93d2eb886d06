import Link from "next/link";
import { m } from "@/lib/i18n";

export default function NotFound() {
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 text-center shadow-sm">
      <p className="text-4xl font-semibold text-slate-300">404</p>
      <p className="mt-4 text-slate-700">{m.errors.notFound}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 hover:underline">{m.errors.backHome}</Link>
    </main>
  );
}
