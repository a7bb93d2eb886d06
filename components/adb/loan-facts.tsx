import { formatDate } from "@/lib/domain/format";
import { toDecimalText } from "@/lib/domain/money";
import { m } from "@/lib/i18n";
import type { ProgrammeOverview } from "@/lib/services/adb/overview";

export function LoanFacts({ programme: p }: { programme: NonNullable<ProgrammeOverview["programme"]> }) {
  const a = m.adb;
  const items: [string, string][] = [
    [a.loanName, p.name],
    [a.loanNumber, p.loanNumber],
    [a.loanAmount, a.usdYi.replace("{n}", toDecimalText(BigInt(p.loanUsd), 100_000_000n, 4))],
    [a.signedAt, formatDate(p.signedAt)],
    [a.closingAt, formatDate(p.closingAt)],
  ];
  return (
    <div className="space-y-3 text-sm" data-testid="adb-loan">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 md:grid-cols-[2fr_1fr_1fr_1fr_1fr]">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {p.description && <p className="leading-relaxed text-slate-600">{p.description}</p>}
    </div>
  );
}
