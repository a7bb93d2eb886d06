import type { ReactNode } from "react";
import { m } from "@/lib/i18n";

export interface Column<T> {
  key: string;
  header: string;
  align?: "left" | "right";
  render: (row: T) => ReactNode;
}

export function DataTable<T>({ columns, rows, rowKey, footer, testId }: {
  columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string | number; footer?: ReactNode; testId?: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-slate-200 text-slate-500">
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`px-3 py-2 font-medium ${c.align === "right" ? "text-right" : "text-left"}`}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr><td colSpan={columns.length} className="px-3 py-6 text-center text-slate-400">{m.table.empty}</td></tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-slate-100 hover:bg-slate-50">
              {columns.map((c) => (
                <td key={c.key} className={`px-3 py-2 ${c.align === "right" ? "text-right tabular-nums" : ""}`}>{c.render(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && <tfoot className="font-medium">{footer}</tfoot>}
      </table>
    </div>
  );
}
