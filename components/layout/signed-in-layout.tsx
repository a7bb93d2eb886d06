import type { ReactNode } from "react";
import { requirePage, requireSignedIn } from "@/lib/auth/session";
import type { Action } from "@/lib/auth/policy";
import { myProfile } from "@/lib/services/me";
import { unreadCount } from "@/lib/services/notifications";
import { isDemoInstance } from "@/lib/services/settings";
import { AppShell } from "./app-shell";

/**
 * The layout every signed-in area shares: header, navigation for the role, demo label. It also
 * refuses roles the area is not for, so a page that forgets its own check is still closed.
 * Without an action (the password page) any signed-in user may enter, even one who must first
 * change the password.
 */
export async function SignedInLayout({ action, children }: { action?: Action; children: ReactNode }) {
  const actor = action ? await requirePage(action) : (await requireSignedIn()).actor;
  const [profile, demo, unread] = await Promise.all([myProfile(actor), isDemoInstance(), unreadCount(actor)]);
  return (
    <AppShell actor={actor} organization={profile.organization?.name ?? null} demo={demo} unread={unread}>
      {children}
    </AppShell>
  );
}
