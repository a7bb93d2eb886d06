import type { Action } from "@/lib/auth/policy";
import { m } from "@/lib/i18n";

/** Navigation: an item shows only to roles the policy lets perform its action. */
export const NAV_ITEMS: { href: string; label: string; action: Action }[] = [
  { href: "/workspace", label: m.nav.workspace, action: "page.workspace" },
  { href: "/bank", label: m.nav.bankHome, action: "page.bankPortal" },
  { href: "/owner", label: m.nav.ownerHome, action: "page.ownerPortal" },
  { href: "/projects", label: m.nav.projects, action: "page.library" },
  { href: "/cockpit", label: m.nav.cockpit, action: "page.cockpit" },
  { href: "/pushes", label: m.matching.area.title, action: "page.matching" },
  { href: "/finance", label: m.finance.title, action: "financing.read" },
  { href: "/finance/products", label: m.finance.products.title, action: "product.read" },
  { href: "/adb", label: m.adb.title, action: "adb.read" },
  { href: "/dispatch", label: m.dispatch.title, action: "report.read" },
  { href: "/climate", label: m.climate.title, action: "dashboard.read" },
  { href: "/admin/institutions", label: m.finance.institutions.title, action: "institution.manage" },
  { href: "/admin/users", label: m.users.title, action: "user.manage" },
  { href: "/admin/reference", label: m.nav.reference, action: "page.admin" },
  { href: "/admin/audit", label: m.nav.audit, action: "page.admin" },
];
