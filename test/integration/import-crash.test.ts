// An Excel import whose process dies in the middle of its commit leaves nothing behind: the
// import runs in a process of its own (test/support/import-process.ts), which is killed with
// SIGKILL while its transaction is open and has written part of the file. Afterwards the database
// is exactly as before, intact, and the same file then imports completely.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { databaseConfig, type DatabaseConfig } from "@/lib/db/config";
import { importProjects } from "@/lib/services/projects/spreadsheet";
import { generatedCode, generatedImportWorkbook } from "@/scripts/import-workbook";
import { actorOf, removeProjects } from "../support/actors";
import { tableState } from "../support/table-state";

const stamp = Date.now() % 1_000_000;
const TAG = `崩溃导入${stamp}`;
const CODE_PREFIX = `CRASH${stamp}`;
/** The in-process import after the crash, told apart in the audit trail by its address. */
const RETRY_IP = "203.0.113.77";
const APP_NAME = "cfp-import-crash";
/** Rows of the file; a bigger one if the import finished before it could be killed. */
const ATTEMPTS = [3_000, 9_000];
/** The statement after which the kill is sent: projects and owners written, their transitions under way. */
const KILL_AFTER = "insert ProjectTransition";

const config: DatabaseConfig = databaseConfig(process.env.DATABASE_URL);
const dir = mkdtempSync(join(tmpdir(), "cfp-import-crash-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(dir, { recursive: true, force: true });
});

async function pgQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** What the database says about the import's transaction, read from outside just before the kill. */
async function openTransaction(): Promise<string | null> {
  if (config.provider === "postgresql") {
    const rows = await pgQuery<{ pid: number; state: string; query: string }>(
      `SELECT pid, state, left(query, 60) AS query FROM pg_stat_activity
       WHERE application_name = $1 AND xact_start IS NOT NULL AND backend_xid IS NOT NULL`, [APP_NAME],
    );
    return rows.length ? `backend ${rows[0].pid} ${rows[0].state} in a writing transaction, last statement: ${rows[0].query}` : null;
  }
  // Only a connection in a write transaction holds SQLite's write lock: taking it must fail now.
  const probe = new Database(config.filePath!, { timeout: 0 });
  try {
    probe.exec("BEGIN IMMEDIATE");
    probe.exec("ROLLBACK");
    return null;
  } catch (e) {
    return (e as { code?: string }).code === "SQLITE_BUSY" ? "the write lock is held (BEGIN IMMEDIATE from outside: SQLITE_BUSY)" : null;
  } finally {
    probe.close();
  }
}

/** PostgreSQL ends a killed client's session (rolling its transaction back) once it notices the closed socket. */
async function sessionGone(timeoutMs = 60_000) {
  if (config.provider !== "postgresql") return;
  const until = Date.now() + timeoutMs;
  while ((await pgQuery(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1`, [APP_NAME])).length) {
    if (Date.now() > until) throw new Error("the killed import's database session is still there");
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Run {
  /** How the kill landed, or null when the import finished first. */
  killedAt: { statements: Record<string, number>; seen: string; afterMs: number } | null;
  exit: { code: number | null; signal: NodeJS.Signals | null };
}

/** Runs the import in its own process and SIGKILLs it once it has reached KILL_AFTER inside its transaction. */
async function importAndKill(file: string): Promise<Run> {
  const root = process.cwd();
  const url = config.provider === "postgresql" ? `${config.url}${config.url.includes("?") ? "&" : "?"}application_name=${APP_NAME}` : config.url;
  // tsx as a loader, not its CLI: the CLI runs the script in a process of its own, which a SIGKILL
  // of the CLI leaves running (and committing).
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "test", "support", "import-process.ts"), file], {
    cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<Run["exit"]>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const statements: Record<string, number> = {};
  let started = 0;
  let killedAt: Run["killedAt"] = null;
  let kill: Promise<void> | undefined;
  let buffered = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      if (!line.startsWith("insert ")) continue;
      started ||= performance.now();
      statements[line.slice(7)] = (statements[line.slice(7)] ?? 0) + 1;
      if (line === KILL_AFTER && !kill) {
        const snapshot = { ...statements };
        kill = openTransaction().then((seen) => {
          if (!seen) return;
          child.kill("SIGKILL");
          killedAt = { statements: snapshot, seen, afterMs: Math.round(performance.now() - started) };
        });
      }
    }
  });
  const exit = await exited;
  await kill;
  return { killedAt, exit };
}

const importedProjects = () => db.project.findMany({ where: { code: { startsWith: `${CODE_PREFIX}-` } }, select: { id: true, code: true, reviewStatus: true } });
const importedOwners = () => db.organization.findMany({ where: { name: { startsWith: TAG } }, select: { id: true } });

async function removeImported() {
  const ids = (await importedProjects()).map((p) => p.id);
  // In slices: SQLite takes a limited number of parameters per statement.
  for (let i = 0; i < ids.length; i += 500) await removeProjects(ids.slice(i, i + 500));
  await db.organization.deleteMany({ where: { name: { startsWith: TAG } } });
}
cleanups.push(removeImported);

describe("an import killed in the middle of its commit", () => {
  it("leaves no row of the file, an intact database, and the same file then imports completely", async () => {
    const exclude = { AuditLog: `"ip" = '${RETRY_IP}'` };
    let before = await tableState(config, exclude);
    let run: Run | undefined;
    let rows = 0;
    let bytes: Uint8Array = new Uint8Array();
    for (const attempt of ATTEMPTS) {
      rows = attempt;
      bytes = await generatedImportWorkbook({ rows, tag: TAG, codePrefix: CODE_PREFIX });
      const file = join(dir, `import-${rows}.xlsx`);
      writeFileSync(file, bytes);
      const started = performance.now();
      const startedAt = new Date();
      run = await importAndKill(file);
      await sessionGone();
      const leftover = (await importedProjects()).length;
      // The import's own audit entry is the last row its transaction writes.
      const completed = await db.auditLog.count({ where: { action: "project.import", ip: null, at: { gte: startedAt } } });
      console.log(`[import-crash] ${config.provider}, ${rows} rows: ${run.killedAt
        ? `SIGKILL ${run.killedAt.afterMs} ms after its first INSERT, once it had run ${JSON.stringify(run.killedAt.statements)}; ${run.killedAt.seen}`
        : "no kill sent"}; exit ${JSON.stringify(run.exit)}; ${leftover} of its projects stored (${Math.round(performance.now() - started)} ms)`);
      expect(run.exit.signal === "SIGKILL" || run.exit.code === 0, "the import process failed on its own").toBe(true);
      // The commit was through before the kill: start over with a longer file.
      const tooLate = !run.killedAt || run.exit.signal !== "SIGKILL" || completed > 0;
      if (!tooLate) break;
      run = undefined;
      await removeImported();
      before = await tableState(config, exclude);
    }
    expect(run, `the kill never landed inside the import's transaction (files of ${ATTEMPTS.join(", ")} rows)`).toBeDefined();

    // Nothing of the file: no project, owner, transition, match or audit entry; every table as before.
    expect(await importedProjects()).toEqual([]);
    expect(await importedOwners()).toEqual([]);
    expect(await tableState(config, exclude)).toEqual(before);
    if (config.provider === "sqlite") {
      const file = new Database(config.filePath!, { readonly: true });
      try {
        expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(file.pragma("foreign_key_check")).toEqual([]);
      } finally {
        file.close();
      }
    }

    // The same file again, in this process: every row lands, with its transitions and one audit entry.
    const staff = await actorOf("staff");
    const report = await importProjects(staff, bytes, { dryRun: false, duplicates: "skip" }, RETRY_IP);
    expect(report).toMatchObject({ committed: true, errorCount: 0, created: rows });
    expect(report.newOwners).toHaveLength(200);
    const imported = await importedProjects();
    expect(imported.map((p) => p.code).sort()).toEqual(Array.from({ length: rows }, (_, i) => generatedCode(CODE_PREFIX, i)).sort());
    const inLibrary = imported.filter((p) => p.reviewStatus === "IN_LIBRARY").length;
    expect(inLibrary).toBe(rows / 2);
    expect(await db.projectTransition.count({ where: { project: { code: { startsWith: `${CODE_PREFIX}-` } } } })).toBe(rows + inLibrary);
    expect(await importedOwners()).toHaveLength(report.newOwners.length);
    const entries = await db.auditLog.findMany({ where: { action: "project.import", ip: RETRY_IP } });
    expect(entries).toHaveLength(1);
    expect(((entries[0].after as { created: number[] }).created).sort((a, b) => a - b)).toEqual(imported.map((p) => p.id).sort((a, b) => a - b));

    // Taken out again, the demo data is as seeded (the audit entry stays: the trail is append-only).
    await removeImported();
    expect(await tableState(config, exclude)).toEqual(before);
  }, 600_000);
});
