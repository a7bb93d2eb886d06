// Backup and restore of the database DATABASE_URL names (`npm run db:backup`, `npm run db:restore`).
// SQLite: an online copy through SQLite's backup API, consistent while the app writes; a restore
// swaps a verified copy in with one rename and keeps the previous file beside it.
// PostgreSQL: pg_dump's custom format, restored by pg_restore in a single transaction.
// A refusal (missing or damaged file, database in use, unknown schema) leaves the database as it was.
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readSync, renameSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { DatabaseConfig, Provider } from "./config";
import { migrationsDir } from "./schema-engine";

/** The tables whose row counts a backup and a restore report. */
export const MAIN_TABLES = [
  "Organization", "User", "Project", "FinancingRecord", "FinanceProduct", "Match", "Push", "PushResponse",
  "ProgressReport", "Problem", "AdbSubProject", "Notification", "AuditLog",
] as const;

export type TableCounts = Record<string, number>;

export interface BackupResult {
  file: string;
  bytes: number;
  counts: TableCounts;
}

export interface RestoreResult {
  file: string;
  counts: TableCounts;
  /** Where the database as it was before the restore was kept. */
  previous: string | null;
  /** Migrations newer than the backup: `npm start` or `npm run db:migrate` applies them. */
  pendingMigrations: string[];
}

/** The operation was refused; the database was not touched. Messages are in Chinese and English. */
export class BackupRefused extends Error {
  override name = "BackupRefused";
}

export function refuse(zh: string, en: string): BackupRefused {
  return new BackupRefused(`${zh}\n  ${en}`);
}

const EXTENSION: Record<Provider, string> = { sqlite: "db", postgresql: "dump" };

export function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

export function defaultBackupFile(config: DatabaseConfig, now = new Date(), dir = resolve("backups")): string {
  return join(dir, `${config.provider}-${timestamp(now)}.${EXTENSION[config.provider]}`);
}

/** Which engine wrote a backup file, from its first bytes; null when neither did. */
export function backupKind(file: string): Provider | null {
  const head = Buffer.alloc(16);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "SQLite format 3\0") return "sqlite";
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "postgresql";
  return null;
}

export function knownMigrations(provider: Provider): string[] {
  const dir = migrationsDir(provider);
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/**
 * A backup restores only onto code that knows every migration it went through; migrations the
 * code has beyond the backup's are returned (they are applied at the next start).
 */
export function pendingMigrations(applied: string[], known: string[]): string[] {
  if (!applied.length) {
    throw refuse("备份中没有迁移记录，不是本系统的数据库备份。", "The backup holds no migration history: it is not a backup of this application's database.");
  }
  const unknown = applied.filter((m) => !known.includes(m));
  if (unknown.length) {
    throw refuse(
      `备份来自更新版本的系统（未知迁移：${unknown.join(", ")}），请用对应版本的程序恢复。`,
      `The backup comes from a newer version of the application (unknown migrations: ${unknown.join(", ")}); restore it with that version.`,
    );
  }
  return known.filter((m) => !applied.includes(m));
}

/** Renames `from` onto `to` so that a crash leaves either the old or the new file, both complete. */
export function durableRename(from: string, to: string): void {
  const fd = openSync(from, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(from, to);
  try {
    const dir = openSync(dirname(to), "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename itself is still atomic there.
  }
}

export function requireFile(file: string): void {
  if (!existsSync(file)) throw refuse(`找不到备份文件：${file}`, `Backup file not found: ${file}`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(1)} ${units[i]}`;
}

export function formatCounts(counts: TableCounts): string {
  const width = Math.max(...Object.keys(counts).map((t) => t.length));
  return Object.entries(counts).map(([t, n]) => `  ${t.padEnd(width)}  ${n.toLocaleString("en-US").padStart(9)}`).join("\n");
}

export async function backupDatabase(config: DatabaseConfig, file = defaultBackupFile(config)): Promise<BackupResult> {
  if (config.provider === "postgresql") {
    const { backupPostgres } = await import("./backup-postgres");
    return backupPostgres(config.url, file);
  }
  const { backupSqlite } = await import("./backup-sqlite");
  return backupSqlite(config.filePath!, file);
}

export async function restoreDatabase(config: DatabaseConfig, file: string): Promise<RestoreResult> {
  requireFile(file);
  const kind = backupKind(file);
  if (kind !== config.provider) {
    throw kind === null
      ? refuse(`不是数据库备份文件（已损坏或格式不对）：${file}`, `Not a database backup (damaged or of another format): ${file}`)
      : refuse(`这是 ${kind} 的备份，而 DATABASE_URL 指向 ${config.provider}。`, `This is a ${kind} backup, but DATABASE_URL names a ${config.provider} database.`);
  }
  if (config.provider === "postgresql") {
    const { restorePostgres } = await import("./backup-postgres");
    return restorePostgres(config.url, file);
  }
  const { restoreSqlite } = await import("./backup-sqlite");
  return restoreSqlite(config.filePath!, file);
}
