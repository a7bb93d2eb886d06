import type { Metadata } from "next";
import Link from "next/link";
import { userFields } from "@/components/admin/user-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { recordOr404 } from "@/lib/forms/record-or-404";
import { m } from "@/lib/i18n";
import { getUser, userFormOptions } from "@/lib/services/users";
import { updateUserAction, userSwitchAction } from "../actions";

export const metadata: Metadata = { title: m.users.editTitle };

const t = m.users;

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("user.manage");
  const [user, options] = await recordOr404((await params).id, (id) => Promise.all([getUser(actor, id), userFormOptions(actor)]));
  const version = { version: String(user.version) };
  const initial = {
    ...version, displayName: user.displayName, role: user.role, organizationId: user.organizationId ? String(user.organizationId) : "",
    regionId: user.regionId ? String(user.regionId) : "", email: user.email ?? "", phone: user.phone ?? "",
  };
  const locked = user.lockedUntil !== null && user.lockedUntil > new Date();
  const back = <Link href="/admin/users" className="rounded-md border border-slate-300 px-5 py-1.5 text-sm text-slate-700 hover:bg-slate-50">{t.back}</Link>;
  return (
    <>
      <PageHeader title={`${t.editTitle}：${user.username}`} intro={`${user.displayName} · ${m.roles[user.role]} · ${user.active ? t.active : t.disabled}`} />
      <div className="space-y-6">
        <Section title={t.editTitle}>
          <ActionForm action={updateUserAction.bind(null, user.id)} testId="user-edit" fields={userFields(options, { creating: false })} initial={initial} hidden={version}
            submit={t.save} pending={t.saving} choose={m.form.choose} footer={back} />
        </Section>
        <Section title={t.resetPassword}>
          <ActionForm action={userSwitchAction.bind(null, user.id, "reset")} testId="user-reset" hidden={version}
            fields={[{ name: "password", kind: "password", label: t.newPassword, required: true, hint: m.account.password.intro }]}
            submit={t.resetPassword} pending={t.saving} choose="" />
        </Section>
        <Section title={t.status}>
          <div className="flex flex-wrap gap-6">
            <ActionForm action={userSwitchAction.bind(null, user.id, user.active ? "disable" : "enable")} testId="user-active" hidden={version} fields={[]}
              submit={user.active ? t.disable : t.enable} pending={t.saving} choose="" />
            {locked && <ActionForm action={userSwitchAction.bind(null, user.id, "unlock")} testId="user-unlock" hidden={version} fields={[]} submit={t.unlock} pending={t.saving} choose="" />}
          </div>
        </Section>
      </div>
    </>
  );
}
