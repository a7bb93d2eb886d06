// The fields of the administrator's user form, shared by "new" and "edit".
import type { FieldDef } from "@/components/ui/form-field";
import { m } from "@/lib/i18n";
import type { userFormOptions } from "@/lib/services/users";

type Options = Awaited<ReturnType<typeof userFormOptions>>;
const t = m.users;

export function userFields(options: Options, opts: { creating: boolean }): FieldDef[] {
  return [
    ...(opts.creating ? [{ name: "username", kind: "text", label: t.username, required: true } as FieldDef] : []),
    { name: "displayName", kind: "text", label: t.displayName, required: true },
    { name: "role", kind: "select", label: t.role, required: true, options: Object.entries(m.roles).map(([value, label]) => ({ value, label })) },
    {
      name: "organizationId", kind: "select", label: t.organization, hint: t.orgRequired,
      options: options.organizations.map((o) => ({ value: String(o.id), label: `${o.name}（${m.orgKind[o.kind]}）` })),
    },
    { name: "regionId", kind: "select", label: t.region, hint: t.wholeInstallation, options: options.regions.map((r) => ({ value: String(r.id), label: r.name })) },
    { name: "email", kind: "text", label: t.email },
    { name: "phone", kind: "text", label: t.phone },
    ...(opts.creating ? [{ name: "password", kind: "password", label: t.initialPassword, required: true, hint: m.account.password.intro } as FieldDef] : []),
  ];
}
