import type { Metadata } from "next";
import { CreateTokenForm, RevokeTokenButton } from "@/components/account/token-forms";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import { listApiTokens } from "@/lib/services/api-tokens";
import { createTokenAction, revokeTokenAction } from "../actions";

export const metadata: Metadata = { title: m.account.tokens.title };

const t = m.account.tokens;
const TONE = { active: "green", expired: "gray", revoked: "red" } as const;

export default async function TokensPage() {
  const actor = await requirePage("page.account");
  const tokens = await listApiTokens(actor);
  type Row = (typeof tokens)[number];
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <div className="space-y-6">
        <Section title={t.create}>
          <div className="max-w-3xl"><CreateTokenForm action={createTokenAction} /></div>
        </Section>
        <Section title={t.title}>
          <DataTable<Row> testId="tokens" rows={tokens} rowKey={(r) => r.id} columns={[
            { key: "name", header: t.name, render: (r) => r.name },
            { key: "prefix", header: t.prefix, render: (r) => <code className="text-xs">{r.prefix}…</code> },
            { key: "created", header: t.createdAt, render: (r) => formatDateTime(r.createdAt) },
            { key: "expires", header: t.expiresAt, render: (r) => formatDateTime(r.expiresAt) },
            { key: "used", header: t.lastUsed, render: (r) => formatDateTime(r.lastUsedAt) },
            { key: "status", header: t.status, render: (r) => <Badge tone={TONE[r.status]}>{t[r.status]}</Badge> },
            { key: "revoke", header: "", render: (r) => (r.status === "active" ? <RevokeTokenButton action={revokeTokenAction.bind(null, r.id)} /> : null) },
          ]} />
        </Section>
      </div>
    </>
  );
}
