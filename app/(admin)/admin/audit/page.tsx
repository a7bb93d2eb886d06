import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader, Section } from "@/components/ui/section";
import { requirePage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { toJsonValue } from "@/lib/json";
import { listAudit } from "@/lib/services/audit-log";
import { firstValues } from "@/lib/url";

export const metadata: Metadata = { title: m.audit.title };

const INPUT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function change(before: unknown, after: unknown): string {
  const b = (toJsonValue(before) ?? {}) as Record<string, unknown>;
  const a = (toJsonValue(after) ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== "version");
  const fields = m.fields as Record<string, string>;
  return keys.slice(0, 8).map((k) => `${fields[k] ?? k}: ${JSON.stringify(b[k] ?? null)} → ${JSON.stringify(a[k] ?? null)}`).join("；");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePage("page.admin");
  const query = firstValues(await searchParams);
  const result = await listAudit(actor, query).catch(async (e) => {
    if (!(e instanceof ValidationError)) throw e;
    return listAudit(actor, {});
  });
  return (
    <>
      <PageHeader title={m.audit.title} intro={m.audit.intro} />
      <Section title={m.projects.filter}>
        <form method="get" className="grid grid-cols-2 gap-3 md:grid-cols-6" role="search">
          <label className="text-xs text-slate-500">{m.audit.actor}<input name="actor" defaultValue={query.actor ?? ""} className={INPUT} /></label>
          <label className="text-xs text-slate-500">{m.audit.action}
            <select name="action" defaultValue={query.action ?? ""} className={INPUT}>
              <option value="">{m.audit.allActions}</option>
              {result.actions.map((a) => <option key={a} value={a}>{a}</option>)}
            </select>
          </label>
          <label className="text-xs text-slate-500">{m.audit.entityId}<input name="entityId" defaultValue={query.entityId ?? ""} className={INPUT} /></label>
          <label className="text-xs text-slate-500">{m.audit.from}<input type="date" name="from" defaultValue={query.from ?? ""} className={INPUT} /></label>
          <label className="text-xs text-slate-500">{m.audit.to}<input type="date" name="to" defaultValue={query.to ?? ""} className={INPUT} /></label>
          <div className="flex items-end"><button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm text-white hover:bg-brand-800">{m.projects.filter}</button></div>
        </form>
      </Section>
      <div className="mt-6">
        <Section title={m.audit.count.replace("{n}", String(result.total))}>
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="audit-table">
              <thead><tr className="border-b border-slate-200 text-left text-slate-500">
                {[m.audit.at, m.audit.actor, m.audit.action, m.audit.entity, m.audit.ip, m.audit.detail, m.audit.change].map((h) => <th key={h} className="px-3 py-2 font-medium">{h}</th>)}
              </tr></thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100 align-top">
                    <td className="whitespace-nowrap px-3 py-1.5 tabular-nums">{formatDateTime(r.at)}</td>
                    <td className="px-3 py-1.5">{r.actorName}</td>
                    <td className="px-3 py-1.5 font-mono text-xs">{r.action}</td>
                    <td className="px-3 py-1.5">{r.entity}{r.entityId ? ` #${r.entityId}` : ""}</td>
                    <td className="px-3 py-1.5">{r.ip ?? "—"}</td>
                    <td className="px-3 py-1.5">{r.detail ?? "—"}</td>
                    <td className="max-w-md px-3 py-1.5 text-xs text-slate-600">{r.before || r.after ? change(r.before, r.after) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination path="/admin/audit" query={query} page={result.page} pageSize={result.pageSize} total={result.total} />
        </Section>
      </div>
    </>
  );
}
