import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { myProfile } from "@/lib/services/me";
import { isDemoInstance } from "@/lib/services/settings";
import { AppShell } from "./app-shell";

/** The layout every signed-in area shares: header, navigation for the role, demo label. */
export async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  const [profile, demo] = await Promise.all([myProfile(actor), isDemoInstance()]);
  return (
    <AppShell actor={actor} organization={profile.organization?.name ?? null} demo={demo}>
      {children}
    </AppShell>
  );
}
