// SQLite side of lib/db/backup.ts. A plain copy of a database being written can be torn (and in
// WAL mode misses what is still in the -wal file), so a backup goes through SQLite's backup API;
// a restore replaces the file only when nobody has it open.
import { basename, dirname, join } from "node:path";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { SQLITE_BUSY_TIMEOUT_MS } from "./adapter";
import {
  MAIN_TABLES, durableRename, knownMigrations, pendingMigrations, refuse, timestamp,
  type BackupResult, type RestoreResult, type TableCounts,
} from "./backup";

// Pages per backup step. The whole copy then happens in one step, that is in one read
// transaction: one snapshot, however busy the writers (between small steps every commit of
// another connection would restart the copy).
const WHOLE_DATABASE = 0x7fffffff;

export async function backupSqlite(source: string, file: string): Promise<BackupResult> {
  if (!existsSync(source)) throw refuse(`数据库文件不存在：${source}`, `No database file at ${source}`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    try {
      await db.backup(partial, { progress: () => WHOLE_DATABASE });
    } finally {
      db.close();
    }
    const { counts } = inspect(partial);
    durableRename(partial, file);
    return { file, bytes: statSync(file).size, counts };
  } finally {
    rmSync(partial, { force: true });
  }
}

export async function restoreSqlite(target: string, file: string): Promise<RestoreResult> {
  if (existsSync(target) && realpathSync(target) === realpathSync(file)) {
    throw refuse("备份文件就是当前数据库本身。", "The backup file is the database itself.");
  }
  mkdirSync(dirname(target), { recursive: true });
  // The copy that is checked is the copy that is swapped in; same directory, so the rename is atomic.
  const staged = join(dirname(target), `.${basename(target)}.restore-${process.pid}`);
  try {
    copyFileSync(file, staged);
    const { migrations, counts } = inspect(staged);
    const pending = pendingMigrations(migrations, knownMigrations("sqlite"));
    refuseIfOpenElsewhere(target);
    const previous = swapIn(staged, target);
    return { file, counts, previous, pendingMigrations: pending };
  } finally {
    rmSync(staged, { force: true });
  }
}

/**
 * Checks a database file (integrity, migration history) and counts its main tables. Leaves it in
 * rollback-journal mode, so that the one file is the whole database.
 */
export function inspect(file: string): { migrations: string[]; counts: TableCounts } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = DELETE");
    const problems = db.pragma("integrity_check", { simple: false }) as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0].integrity_check !== "ok") {
      throw refuse(`备份文件已损坏（integrity_check：${problems[0]?.integrity_check}）。`, `The backup is damaged (integrity_check: ${problems[0]?.integrity_check}).`);
    }
    return { migrations: appliedMigrations(db), counts: countRows(db) };
  } catch (e) {
    if (e instanceof Database.SqliteError) {
      throw refuse(`备份文件无法读取，可能已损坏：${e.message}`, `The backup cannot be read and may be damaged: ${e.message}`);
    }
    throw e;
  } finally {
    db?.close();
  }
}

function appliedMigrations(db: Database.Database): string[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!table) return [];
  const rows = db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

function countRows(db: Database.Database): TableCounts {
  const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const counts: TableCounts = {};
  for (const t of MAIN_TABLES) {
    if (present.has(t)) counts[t] = (db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n;
  }
  return counts;
}

/**
 * Other processes that hold the database (or its journal files) open, from /proc on Linux. In
 * rollback-journal mode an idle connection holds no lock, so SQLite alone cannot tell; elsewhere
 * than Linux only the locks in swapIn protect the swap.
 */
export function processesHolding(file: string): { pid: number; command: string }[] {
  if (process.platform !== "linux" || !existsSync(file)) return [];
  const real = realpathSync(file);
  const names = new Set(["", "-wal", "-shm", "-journal"].map((s) => real + s));
  const holders: { pid: number; command: string }[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's process
    }
    const holds = fds.some((fd) => {
      try {
        return names.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (holds) holders.push({ pid, command: commandOf(pid) });
  }
  return holders;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 80);
  } catch {
    return "?";
  }
}

function refuseIfOpenElsewhere(target: string): void {
  const holders = processesHolding(target);
  if (!holders.length) return;
  const list = holders.map((h) => `pid ${h.pid} (${h.command})`).join("; ");
  throw refuse(`数据库正在被其他进程使用，请先停止应用再恢复：${list}`, `The database is open in other processes; stop the application before restoring: ${list}`);
}

const inUse = () => refuse("数据库正在被使用（有其他连接），请先停止应用再恢复。", "The database is in use (other connections are open); stop the application before restoring.");

/** Puts the staged file in place of the target; returns where the previous database was kept. */
function swapIn(staged: string, target: string): string | null {
  if (!existsSync(target)) {
    durableRename(staged, target);
    return null;
  }
  const live = new Database(target, { fileMustExist: true, timeout: 1000 });
  try {
    // Leaving WAL mode needs every other connection closed (SQLite's own in-use check) and folds
    // the -wal file into the database, so no old -wal is replayed onto the restored file.
    let mode: unknown;
    try {
      mode = live.pragma("journal_mode = DELETE", { simple: true });
    } catch (e) {
      if (e instanceof Database.SqliteError && e.code.startsWith("SQLITE_BUSY")) throw inUse();
      throw e;
    }
    if (mode !== "delete") throw inUse();
    try {
      live.exec("BEGIN EXCLUSIVE");
    } catch (e) {
      if (e instanceof Database.SqliteError && e.code.startsWith("SQLITE_BUSY")) throw inUse();
      throw e;
    }
    // Under the exclusive lock the file is complete and nobody writes to it: a plain copy is safe.
    const previous = `${target}.before-restore-${timestamp()}`;
    copyFileSync(target, previous);
    durableRename(staged, target);
    return previous;
  } finally {
    if (live.inTransaction) live.exec("ROLLBACK");
    live.close();
  }
}
