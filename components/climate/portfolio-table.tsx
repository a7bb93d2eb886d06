import { DataTable, type Column } from "@/components/ui/data-table";
import { formatQuantity } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { PortfolioRow } from "@/lib/services/climate/portfolio";

const c = m.climate.col;
const n = (v: number, digits = 0) => (v ? formatQuantity(v, digits) : "—");
const perT = (v: bigint | null) => (v === null ? "—" : formatQuantity(Number(v), 0));

/** Climate figures of a grouping (category or district), with the total as its footer. */
export function PortfolioTable({ rows, total, testId }: { rows: PortfolioRow[]; total: PortfolioRow; testId: string }) {
  const columns: Column<PortfolioRow>[] = [
    { key: "name", header: c.name, render: (r) => (r.code && /^[AM]\d/.test(r.code) ? `${r.code} ${r.name}` : r.name) },
    { key: "projects", header: c.projects, align: "right", render: (r) => r.projects },
    { key: "computed", header: c.computed, align: "right", render: (r) => r.computed },
    { key: "co2", header: c.co2, align: "right", render: (r) => n(r.co2ReductionT) },
    { key: "tce", header: c.tce, align: "right", render: (r) => n(r.energySavedTce) },
    { key: "mwh", header: c.mwh, align: "right", render: (r) => n(r.renewableMwh) },
    { key: "sink", header: c.sink, align: "right", render: (r) => n(r.carbonSinkT) },
    { key: "ben", header: c.beneficiaries, align: "right", render: (r) => n(r.beneficiaries) },
    { key: "area", header: c.area, align: "right", render: (r) => n(r.areaRestoredHa) },
    { key: "need", header: c.needPerT, align: "right", render: (r) => perT(r.needPerTco2) },
    { key: "secured", header: c.securedPerT, align: "right", render: (r) => perT(r.securedPerTco2) },
  ];
  const footer = (
    <tr className="border-t border-slate-300">
      {columns.map((col) => (
        <td key={col.key} className={`px-3 py-2 ${col.align === "right" ? "text-right tabular-nums" : ""}`}>{col.key === "name" ? m.climate.total : col.render(total)}</td>
      ))}
    </tr>
  );
  return <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} footer={footer} testId={testId} />;
}
