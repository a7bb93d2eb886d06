import type { Metadata } from "next";
import Link from "next/link";
import { InlineForm } from "@/components/admin/inline-form";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { listNotifications } from "@/lib/services/notifications";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: m.inbox.title };

const t = m.inbox;

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePage("notification.read");
  const query = await searchParams;
  const inbox = await listNotifications(actor, query).catch((e) => {
    if (e instanceof ValidationError) return listNotifications(actor, {});
    throw e;
  });
  const tab = (unread: boolean, label: string) => (
    <Link href={unread ? "/inbox?unread=true" : "/inbox"} aria-current={(query.unread === "true") === unread ? "page" : undefined}
      className="rounded-md px-3 py-1 text-sm aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">{label}</Link>
  );
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <Section title={t.unread.replace("{n}", String(inbox.unread))} actions={inbox.unread > 0 ? <InlineForm action={markReadAction} submit={t.markAll} tone="plain" testId="mark-all-read" /> : undefined}>
        <div className="mb-3 flex gap-2">{tab(false, t.all)}{tab(true, t.onlyUnread)}</div>
        {inbox.items.length === 0 ? <p className="py-6 text-center text-sm text-slate-400">{t.empty}</p> : (
          <ul className="divide-y divide-slate-100" data-testid="inbox">
            {inbox.items.map((n) => (
              <li key={n.id} className={`flex items-start gap-3 py-3 ${n.read ? "text-slate-500" : ""}`}>
                <Badge tone={n.read ? "gray" : "amber"}>{t.kind[n.kind]}</Badge>
                <div className="flex-1">
                  <p className={n.read ? "" : "font-medium text-slate-900"}>{n.title}</p>
                  {n.body && <p className="text-sm text-slate-500">{n.body}</p>}
                  <p className="text-xs text-slate-400">{formatDateTime(n.createdAt)}</p>
                </div>
                {n.link && <Link href={n.link} className="text-sm text-brand-700 hover:underline">{t.open}</Link>}
                {!n.read && (
                  <InlineForm action={markReadAction} submit={t.markRead} tone="plain">
                    <input type="hidden" name="ids" value={n.id} />
                  </InlineForm>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pagination path="/inbox" query={query} page={inbox.page} pageSize={inbox.pageSize} total={inbox.total} />
      </Section>
    </>
  );
}
