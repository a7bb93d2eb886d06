"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A nav entry, current when the page is under it and under no longer entry (/finance vs /finance/products). */
export function NavLink({ href, label, all }: { href: string; label: string; all: string[] }) {
  const path = usePathname();
  const under = (h: string) => path === h || path.startsWith(`${h}/`);
  const active = under(href) && !all.some((h) => h.length > href.length && h.startsWith(href) && under(h));
  return (
    <Link href={href} aria-current={active ? "page" : undefined}
      className={`whitespace-nowrap rounded-md px-3 py-1.5 text-sm ${active ? "bg-white/15 font-medium text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"}`}>
      {label}
    </Link>
  );
}
