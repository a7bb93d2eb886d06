import type { ReactNode } from "react";
import { SignedInLayout } from "@/components/layout/signed-in-layout";
import { AreaTabs } from "@/components/matching/area-tabs";
import { m } from "@/lib/i18n";

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <SignedInLayout action="page.matching">
      <AreaTabs tabs={[{ href: "/pushes", label: m.matching.area.board }, { href: "/matches", label: m.matching.area.matches }]} />
      {children}
    </SignedInLayout>
  );
}
