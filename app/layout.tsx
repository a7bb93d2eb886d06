import type { Metadata } from "next";
import type { ReactNode } from "react";
import { m } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: m.app.name, template: `%s · ${m.app.name}` },
  description: m.app.subtitle,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900">{children}</body>
    </html>
  );
}
