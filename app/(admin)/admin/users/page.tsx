import type { Metadata } from "next";
import Link from "next/link";
import { userFields } from "@/components/admin/user-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { listUsers, userFormOptions } from "@/lib/services/users";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: m.users.title };

const t = m.users;

export default async function UsersPage() {
  const actor = await requirePage("user.manage");
  const [users, options] = await Promise.all([listUsers(actor), userFormOptions(actor)]);
  type Row = (typeof users)[number];
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <div className="space-y-6">
        <Section title={`${t.title}（${users.length}）`}>
          <DataTable<Row> testId="users" rows={users} rowKey={(r) => r.id} columns={[
            { key: "username", header: t.username, render: (r) => <Link className="text-brand-700 hover:underline" href={`/admin/users/${r.id}`}>{r.username}</Link> },
            { key: "name", header: t.displayName, render: (r) => r.displayName },
            { key: "role", header: t.role, render: (r) => m.roles[r.role] },
            { key: "org", header: t.organization, render: (r) => r.organization?.name ?? "—" },
            { key: "region", header: t.region, render: (r) => r.region?.name ?? t.wholeInstallation },
            {
              key: "status", header: t.status,
              render: (r) => (
                <span className="space-x-1">
                  <Badge tone={r.active ? "green" : "gray"}>{r.active ? t.active : t.disabled}</Badge>
                  {r.locked && <Badge tone="red">{t.locked}</Badge>}
                  {r.mustChangePassword && <Badge tone="amber">{t.mustChange}</Badge>}
                </span>
              ),
            },
            { key: "login", header: t.lastLogin, render: (r) => formatDateTime(r.lastLoginAt) },
          ]} />
        </Section>
        <Section title={t.createTitle}>
          <ActionForm action={createUserAction} testId="user-form" fields={userFields(options, { creating: true })} submit={t.create} pending={t.saving} choose={m.form.choose} />
        </Section>
      </div>
    </>
  );
}
