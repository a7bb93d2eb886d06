import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/policy";
import { DEMO_ACCOUNTS } from "@/lib/db/seed/accounts";
import { m } from "@/lib/i18n";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { isDemoInstance } from "@/lib/services/settings";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: m.login.title };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await currentActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const { callbackUrl } = await searchParams;
  const demo = await isDemoInstance();
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-900 via-brand-800 to-slate-900 p-6">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center text-white">
          <h1 className="text-2xl font-semibold tracking-wide">{m.app.name}</h1>
          <p className="mt-1 text-sm text-brand-100">{m.app.city} · {m.app.subtitle}</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <LoginForm callbackUrl={safeCallbackPath(callbackUrl)} labels={m.login} demoAccounts={demo ? DEMO_ACCOUNTS : []} />
        </div>
      </div>
    </main>
  );
}
