import type { ReactNode } from "react";
import { SignedInLayout } from "@/components/layout/signed-in-layout";

// A project's benefit page is for whoever may read the project (owners too), like the project
// page itself; the portfolio and the factor library next to it are for the bureau and leaders.
export default function Layout({ children }: { children: ReactNode }) {
  return <SignedInLayout action="page.library">{children}</SignedInLayout>;
}
