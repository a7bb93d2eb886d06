import { DataTable } from "@/components/ui/data-table";
import { formatRateBp, formatYiPlain } from "@/lib/domain/format";
import { fundingRateBp } from "@/lib/domain/funding";
import { m } from "@/lib/i18n";
import type { CategoryRow, HeadlineFigures } from "@/lib/services/summary";

export function CategoryTable({ f }: { f: HeadlineFigures }) {
  return (
    <DataTable<CategoryRow>
      testId="category-table"
      rows={f.byCategory}
      rowKey={(r) => r.categoryId}
      columns={[
        { key: "family", header: m.table.family, render: (r) => m.family[r.family] },
        { key: "name", header: m.table.category, render: (r) => r.name },
        { key: "projects", header: m.table.projects, align: "right", render: (r) => r.projects },
        { key: "inv", header: m.kpi.totalInvestment + m.units.inYi, align: "right", render: (r) => formatYiPlain(r.totalInvestment) },
        { key: "need", header: m.kpi.need + m.units.inYi, align: "right", render: (r) => formatYiPlain(r.need) },
        { key: "secured", header: m.kpi.secured + m.units.inYi, align: "right", render: (r) => formatYiPlain(r.secured) },
        { key: "gap", header: m.kpi.gap + m.units.inYi, align: "right", render: (r) => formatYiPlain(r.gap) },
        { key: "rate", header: m.kpi.fundingRate, align: "right", render: (r) => formatRateBp(fundingRateBp(r.secured, r.need)) },
      ]}
      footer={
        <tr className="border-t border-slate-300">
          <td className="px-3 py-2" colSpan={2}>{m.table.total}</td>
          <td className="px-3 py-2 text-right tabular-nums">{f.projectsInLibrary}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatYiPlain(f.totalInvestment)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatYiPlain(f.need)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatYiPlain(f.secured)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatYiPlain(f.gap)}</td>
          <td className="px-3 py-2 text-right tabular-nums">{formatRateBp(f.fundingRateBp)}</td>
        </tr>
      }
    />
  );
}
