import { formatDateTime } from "@/lib/domain/format";
import { m } from "@/lib/i18n";
import type { ProjectDetail } from "@/lib/services/projects/detail";

/** Transitions and edits in one timeline, oldest first. */
export function History({ transitions, edits }: Pick<ProjectDetail, "transitions" | "edits">) {
  const fields = m.fields as Record<string, string>;
  const items = [
    ...transitions.map((t) => ({
      key: `t${t.id}`, at: t.createdAt, who: t.actor.displayName,
      what: `${t.from ? m.reviewStatus[t.from] : "—"} → ${m.reviewStatus[t.to]}${t.comment ? `：${t.comment}` : ""}`,
    })),
    ...edits.filter((e) => e.action === "project.update").map((e) => ({
      key: `e${e.id}`, at: e.at, who: e.by,
      what: `${m.detail.changed} ${Object.keys(e.after ?? {}).filter((k) => k !== "version").map((k) => fields[k] ?? k).join("、")}`,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <ol className="space-y-2 text-sm" data-testid="history">
      {items.map((i) => (
        <li key={i.key} className="flex gap-4">
          <span className="w-32 shrink-0 tabular-nums text-slate-500">{formatDateTime(i.at)}</span>
          <span className="w-24 shrink-0 text-slate-700">{i.who}</span>
          <span className="text-slate-900">{i.what}</span>
        </li>
      ))}
    </ol>
  );
}
