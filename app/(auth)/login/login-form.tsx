"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { DEMO_PASSWORD } from "@/lib/db/seed/accounts";
import type { Messages } from "@/lib/i18n";
import { DemoAccounts } from "./demo-accounts";

const INPUT = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100";

export function LoginForm({ callbackUrl, labels, demoAccounts }: {
  callbackUrl: string;
  labels: Messages["login"];
  demoAccounts: readonly { username: string; label: string }[];
}) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      username: String(data.get("username") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setPending(false);
      setError(result?.error === "LOCKED" ? labels.locked : result?.error === "THROTTLED" ? labels.throttled : labels.failed);
    }
  }

  function signInAsDemo(username: string) {
    const f = form.current;
    if (!f) return;
    (f.elements.namedItem("username") as HTMLInputElement).value = username;
    (f.elements.namedItem("password") as HTMLInputElement).value = DEMO_PASSWORD;
    f.requestSubmit();
  }

  return (
    <>
      <form ref={form} onSubmit={onSubmit} className="space-y-4">
        <label className="block">
          <span className="text-sm text-slate-600">{labels.username}</span>
          <input name="username" autoComplete="username" required autoFocus className={INPUT} />
        </label>
        <label className="block">
          <span className="text-sm text-slate-600">{labels.password}</span>
          <input name="password" type="password" autoComplete="current-password" required className={INPUT} />
        </label>
        {error && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error}</p>}
        <button type="submit" disabled={pending}
          className="w-full rounded-md bg-brand-700 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? labels.submitting : labels.submit}
        </button>
      </form>
      {demoAccounts.length > 0 && (
        <DemoAccounts title={labels.demoAccounts} accounts={demoAccounts} disabled={pending} onPick={signInAsDemo} />
      )}
    </>
  );
}
