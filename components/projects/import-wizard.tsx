"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import type { Messages } from "@/lib/i18n";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from "@/lib/uploads/limits";

type Issue = { row: number; column: string; message: string; level: "error" | "warning" };
type Report = {
  dryRun: boolean; committed: boolean; totalRows: number; validRows: number; errorCount: number; warningCount: number;
  duplicates: number; created: number; updated: number; skipped: number; newOwners: string[]; issues: Issue[]; durationMs: number;
};
type Phase = { kind: "idle" } | { kind: "uploading"; percent: number; committing: boolean } | { kind: "processing"; committing: boolean } | { kind: "failed"; message: string };

const SHOWN = 500;

/** Uploads with XMLHttpRequest, the one browser API that reports upload progress. */
function upload(url: string, file: File, onProgress: (percent: number) => void, onUploaded: () => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.upload.onload = onUploaded;
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
      } catch {
        reject(new Error("bad response"));
      }
    };
    xhr.onerror = () => reject(new Error("network"));
    const form = new FormData();
    form.set("file", file);
    xhr.send(form);
  });
}

export function ImportWizard({ labels, tooLarge }: { labels: Messages["importer"]; tooLarge: string }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<"skip" | "update">("skip");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [report, setReport] = useState<Report | null>(null);
  const busy = phase.kind === "uploading" || phase.kind === "processing";

  async function run(commit: boolean) {
    const file = fileInput.current?.files?.[0];
    if (!file) return setPhase({ kind: "failed", message: labels.chooseFile });
    // The server refuses it too, but only after the browser has sent it all.
    if (file.size > MAX_UPLOAD_BYTES) return setPhase({ kind: "failed", message: tooLarge.replace("{mb}", String(MAX_UPLOAD_MB)) });
    if (!commit) setReport(null);
    setPhase({ kind: "uploading", percent: 0, committing: commit });
    try {
      const res = await upload(`/api/v1/projects/import?dryRun=${!commit}&duplicates=${mode}`, file,
        (percent) => setPhase({ kind: "uploading", percent, committing: commit }),
        () => setPhase({ kind: "processing", committing: commit }));
      if (res.status !== 200) {
        const message = (res.body as { error?: { message?: string } }).error?.message ?? labels.failed;
        return setPhase({ kind: "failed", message });
      }
      setReport(res.body as Report);
      setPhase({ kind: "idle" });
    } catch {
      setPhase({ kind: "failed", message: labels.failed });
    }
  }

  const n = (template: string, values: Record<string, string | number>) => Object.entries(values).reduce((t, [k, v]) => t.replace(`{${k}}`, String(v)), template);

  return (
    <div className="space-y-6">
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <a href="/api/v1/projects/import/template" download className="inline-block rounded-md border border-slate-300 px-4 py-1.5 text-sm hover:bg-slate-50">{labels.template}</a>
        <div>
          <label htmlFor="import-file" className="block text-sm text-slate-600">{labels.file}</label>
          <input id="import-file" ref={fileInput} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => setReport(null)} className="mt-1 block text-sm" />
        </div>
        <fieldset>
          <legend className="text-sm text-slate-600">{labels.duplicates}</legend>
          <div className="mt-1 flex gap-6 text-sm">
            {(["skip", "update"] as const).map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input type="radio" name="duplicates" value={v} checked={mode === v} onChange={() => { setMode(v); setReport(null); }} />
                {labels[v]}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="button" disabled={busy} onClick={() => run(false)} className="rounded-md bg-brand-700 px-5 py-2 text-sm text-white hover:bg-brand-800 disabled:opacity-60">{labels.check}</button>
        {busy && (
          <div className="space-y-1" role="status" data-testid="import-progress">
            <p className="text-sm text-slate-600">
              {phase.kind === "uploading" ? `${labels.uploading} ${phase.percent}%` : phase.committing ? labels.committing : labels.checking}
            </p>
            <div className="h-2 w-full max-w-md overflow-hidden rounded bg-slate-100">
              <div className={`h-full bg-brand-600 transition-all ${phase.kind === "processing" ? "animate-pulse" : ""}`}
                style={{ width: `${phase.kind === "uploading" ? phase.percent : 100}%` }} />
            </div>
          </div>
        )}
        {phase.kind === "failed" && <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">{phase.message}</p>}
      </section>

      {report && (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" data-testid="import-report">
          <div className="flex flex-wrap gap-4 text-sm">
            <span>{n(labels.rows, { n: report.totalRows })}</span>
            <span>{n(labels.valid, { n: report.validRows })}</span>
            <span className={report.errorCount ? "font-medium text-red-700" : ""}>{n(labels.errors, { n: report.errorCount })}</span>
            <span>{n(labels.warnings, { n: report.warningCount })}</span>
            <span>{n(labels.duplicatesFound, { n: report.duplicates })}</span>
          </div>
          {report.newOwners.length > 0 && <p className="text-sm text-slate-600">{labels.newOwners}{report.newOwners.join("、")}</p>}
          {report.committed ? (
            <p className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
              {n(labels.done, { created: report.created, updated: report.updated, skipped: report.skipped, seconds: (report.durationMs / 1000).toFixed(1) })}{" "}
              <Link href="/projects" className="underline">{labels.backToList}</Link>
            </p>
          ) : report.errorCount > 0 ? (
            <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">{labels.fixFirst}</p>
          ) : (
            <div className="flex items-center gap-4">
              <p className="text-sm text-emerald-700">{labels.ready}</p>
              <button type="button" disabled={busy || report.validRows === 0} onClick={() => run(true)}
                className="rounded-md bg-brand-700 px-5 py-2 text-sm text-white hover:bg-brand-800 disabled:opacity-60">{labels.commit}</button>
            </div>
          )}
          {report.issues.length > 0 && (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead><tr className="border-b border-slate-200 text-left text-slate-500">
                  <th className="px-3 py-2">{labels.row}</th><th className="px-3 py-2">{labels.column}</th><th className="px-3 py-2">{labels.level}</th><th className="px-3 py-2">{labels.message}</th>
                </tr></thead>
                <tbody>
                  {report.issues.slice(0, SHOWN).map((i, k) => (
                    <tr key={k} className="border-b border-slate-100">
                      <td className="px-3 py-1.5 tabular-nums">{i.row}</td>
                      <td className="px-3 py-1.5">{i.column}</td>
                      <td className={`px-3 py-1.5 ${i.level === "error" ? "text-red-700" : "text-amber-700"}`}>{i.level === "error" ? labels.error : labels.warning}</td>
                      <td className="px-3 py-1.5">{i.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.issues.length > SHOWN && <p className="mt-2 text-xs text-slate-500">{n(labels.more, { n: SHOWN })}</p>}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
