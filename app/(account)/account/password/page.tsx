import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader, Section } from "@/components/ui/section";
import { requireSignedIn } from "@/lib/auth/session";
import { m } from "@/lib/i18n";
import { changePasswordAction } from "../actions";

export const metadata: Metadata = { title: m.account.password.title };

const t = m.account.password;

export default async function PasswordPage() {
  const { actor } = await requireSignedIn();
  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      {actor.mustChangePassword && <p role="status" className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{t.mustChange}</p>}
      <Section title={t.title}>
        <div className="max-w-3xl">
          <ActionForm action={changePasswordAction} testId="password-form" submit={t.submit} pending={t.saving} choose=""
            fields={[
              { name: "current", kind: "password", label: t.current, required: true },
              { name: "next", kind: "password", label: t.next, required: true },
              { name: "confirm", kind: "password", label: t.confirm, required: true },
            ]}
            footer={!actor.mustChangePassword ? <a href="/account/tokens" className="text-sm text-brand-700 hover:underline">{m.account.tokens.title}</a> : undefined} />
        </div>
      </Section>
    </>
  );
}
