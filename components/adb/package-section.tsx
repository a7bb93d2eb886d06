import { DataTable, type Column } from "@/components/ui/data-table";
import { formatWanPlain } from "@/lib/domain/format";
import type { FormState } from "@/lib/forms/action-state";
import { yuanToWanText } from "@/lib/domain/money";
import { m } from "@/lib/i18n";
import type { SubProjectDetail } from "@/lib/services/adb/detail";
import { AdbForm, type FieldSpec } from "./adb-form";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;
type Package = SubProjectDetail["packages"][number];

function packageFields(p?: Package): FieldSpec[] {
  const t = m.adb.packages;
  return [
    { name: "code", label: t.code, type: "text", defaultValue: p?.code ?? "", width: "w-28" },
    { name: "name", label: t.name, type: "text", defaultValue: p?.name ?? "", width: "w-72" },
    { name: "kind", label: t.kind, type: "select", defaultValue: p?.kind ?? "WORKS", options: Object.entries(t.kinds).map(([value, label]) => ({ value, label })) },
    { name: "estimateAmount", label: t.estimateField, type: "amount", defaultValue: p ? yuanToWanText(p.estimateAmount) : "", width: "w-36" },
    { name: "contractAmount", label: t.contractField, type: "amount", defaultValue: p?.contractAmount != null ? yuanToWanText(p.contractAmount) : "", width: "w-44" },
  ];
}

/** The procurement packages; those who manage the programme add packages and edit each one. */
export function PackageSection({ detail: d, addAction, updateActionFor }: {
  detail: SubProjectDetail;
  addAction?: Action;
  updateActionFor?: (packageId: number) => Action;
}) {
  const t = m.adb.packages;
  const columns: Column<Package>[] = [
    { key: "code", header: t.code, render: (p) => <span className="font-mono text-xs">{p.code}</span> },
    {
      key: "name", header: t.name,
      render: (p) => updateActionFor ? (
        <details>
          <summary className="cursor-pointer">{p.name} <span className="ml-1 text-xs text-brand-700">{t.edit}</span></summary>
          <div className="mt-2 rounded-md border border-slate-200 bg-slate-50 p-3">
            <AdbForm action={updateActionFor(p.id)} hidden={{ version: d.version }} submit={t.save} savingLabel={m.adb.form.saving} savedLabel={m.adb.form.saved} testId={`package-edit-${p.code}`} fields={packageFields(p)} />
          </div>
        </details>
      ) : p.name,
    },
    { key: "kind", header: t.kind, render: (p) => t.kinds[p.kind] },
    { key: "estimate", header: t.estimate, align: "right", render: (p) => formatWanPlain(p.estimateAmount) },
    { key: "contract", header: t.contract, align: "right", render: (p) => (p.contractAmount != null ? formatWanPlain(p.contractAmount) : "—") },
  ];
  const sum = (f: (p: Package) => bigint | null) => d.packages.reduce((s, p) => s + (f(p) ?? 0n), 0n);
  const footer = d.packages.length > 1 && (
    <tr className="border-t border-slate-300">
      <td className="px-3 py-2" colSpan={3}>{t.total}</td>
      <td className="px-3 py-2 text-right tabular-nums">{formatWanPlain(sum((p) => p.estimateAmount))}</td>
      <td className="px-3 py-2 text-right tabular-nums">{d.packages.some((p) => p.contractAmount != null) ? formatWanPlain(sum((p) => p.contractAmount)) : "—"}</td>
    </tr>
  );
  return (
    <div className="space-y-4">
      <DataTable columns={columns} rows={d.packages} rowKey={(p) => p.id} footer={footer || undefined} testId="packages" />
      {addAction && (
        <div className="rounded-md border border-slate-200 p-3">
          <p className="mb-2 text-sm font-medium text-slate-700">{t.add}</p>
          <AdbForm action={addAction} hidden={{ version: d.version }} submit={t.add} savingLabel={m.adb.form.saving} savedLabel={m.adb.form.saved} testId="package-add" fields={packageFields()} />
        </div>
      )}
    </div>
  );
}
