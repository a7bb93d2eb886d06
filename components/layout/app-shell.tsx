import Link from "next/link";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { m } from "@/lib/i18n";
import { NAV_ITEMS } from "./nav-items";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export function AppShell({ actor, organization, demo, unread, children }: { actor: Actor; organization: string | null; demo: boolean; unread: number; children: ReactNode }) {
  // Until a required password change is done, nothing but the password page would open anyway.
  const items = actor.mustChangePassword ? [] : NAV_ITEMS.filter((item) => can(actor, item.action));
  return (
    <div className="min-h-screen">
      <header className="bg-brand-900 text-white shadow">
        <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <div className="flex items-baseline gap-2">
            <span className="text-lg font-semibold tracking-wide">{m.app.name}</span>
            <span className="text-xs text-brand-100">{m.app.city}</span>
            {demo && (
              <span title={m.app.demoNotice} data-testid="demo-badge" className="rounded bg-amber-400 px-1.5 py-0.5 text-xs font-medium text-amber-950">
                {m.app.demoBadge}
              </span>
            )}
          </div>
          <nav className="order-last -mx-3 flex basis-full flex-wrap gap-1" aria-label={m.nav.mainNav}>
            {items.map((item) => (
              <NavLink key={item.href} href={item.href} label={item.label} all={items.map((i) => i.href)} />
            ))}
          </nav>
          <div className="no-print ml-auto flex items-center gap-3 text-sm">
            <Link href="/inbox" data-testid="inbox-link" className="rounded-md px-2 py-1 text-brand-100 hover:bg-white/10 hover:text-white">
              {m.inbox.title}
              {unread > 0 && <span aria-label={m.inbox.unread.replace("{n}", String(unread))} className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-amber-950">{unread}</span>}
            </Link>
            <span data-testid="current-user">
              <Link href="/account/password" title={m.account.title} className="hover:underline">{actor.displayName}</Link>
              <span className="ml-2 text-brand-100">{m.roles[actor.role]}{organization ? ` · ${organization}` : ""}</span>
            </span>
            <SignOutButton label={m.nav.signOut} />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-screen-2xl px-6 py-6">{children}</main>
    </div>
  );
}
