import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { m } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: m.app.name, template: `%s · ${m.app.name}` },
  description: m.app.subtitle,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, every page: the scripts must carry this response's CSP nonce
  // (proxy.ts), which a page prerendered at build time (such as the 404 page) cannot.
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900">{children}</body>
    </html>
  );
}
