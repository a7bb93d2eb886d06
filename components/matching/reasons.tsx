// A match's reasons: every hard rule (passed or failed) and every weighted factor with its points.
import { m } from "@/lib/i18n";

type Reason = { kind: string; text: string; passed?: boolean; points?: number | null; weight?: number };

export function MatchReasons({ reasons }: { reasons: Reason[] }) {
  return (
    <details className="text-xs text-slate-600">
      <summary className="cursor-pointer text-brand-700">{m.matching.showReasons}</summary>
      <ul className="mt-1 space-y-0.5">
        {reasons.map((r, i) => (
          <li key={i} className={r.kind === "rule" && !r.passed ? "text-red-700" : undefined}>
            {r.kind === "rule" ? (r.passed ? "✓ " : "✗ ") : "· "}{r.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
