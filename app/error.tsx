"use client";
import { StatusPage } from "@/components/ui/status-page";
import { m } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <StatusPage message={m.errors.generic}>
      <button onClick={reset} className="text-brand-700 hover:underline">{m.errors.retry}</button>
    </StatusPage>
  );
}
