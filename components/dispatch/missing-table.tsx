import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { m } from "@/lib/i18n";
import type { missingReports } from "@/lib/services/dispatch/expected";

type Missing = Awaited<ReturnType<typeof missingReports>>;

/** Projects that owe the period's report; those the viewer may file for get a link to the form. */
export function MissingTable({ data, fileLabel }: { data: Missing; fileLabel: string | null }) {
  const d = m.dispatch;
  type Row = Missing["items"][number];
  const href = (r: Row) => `/dispatch/report/new?projectId=${r.id}&year=${data.period.year}&month=${data.period.month}`;
  if (data.missing === 0) return <p className="text-sm text-emerald-700">{d.missingNone}</p>;
  return (
    <>
      <DataTable<Row>
        testId="missing-reports"
        rows={data.items}
        rowKey={(r) => r.id}
        columns={[
          { key: "code", header: m.table.code, render: (r) => r.code },
          { key: "name", header: m.table.project, render: (r) => <Link href={`/projects/${r.id}`} className="text-brand-700 hover:underline">{r.name}</Link> },
          { key: "owner", header: d.owner, render: (r) => r.owner },
          { key: "district", header: m.table.district, render: (r) => r.district },
          { key: "stage", header: m.table.stage, render: (r) => m.stage[r.stage as keyof typeof m.stage] },
          { key: "last", header: d.lastReport, render: (r) => r.lastReport?.label ?? <span className="text-slate-400">{d.never}</span> },
          ...(fileLabel ? [{ key: "file", header: "", align: "right" as const, render: (r: Row) => (
            <Link href={href(r)} className="whitespace-nowrap rounded-md border border-brand-600 px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-50">{fileLabel}</Link>
          ) }] : []),
        ]}
      />
      {data.items.length < data.missing && <p className="mt-2 text-xs text-slate-500">{d.missingTruncated.replace("{n}", String(data.items.length))}</p>}
    </>
  );
}
