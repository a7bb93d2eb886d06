// PostgreSQL side of lib/db/backup.ts, through the server's own tools: pg_dump (custom format)
// and pg_restore (one transaction: a failed restore leaves the database as it was).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import { devNull } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import {
  MAIN_TABLES, durableRename, knownMigrations, pendingMigrations, refuse, timestamp,
  type BackupResult, type RestoreResult, type TableCounts,
} from "./backup";

type Tool = "pg_dump" | "pg_restore";

/** pg_dump refuses a server of a newer major version: PG_BIN names the directory of matching tools. */
function toolPath(tool: Tool): string {
  return process.env.PG_BIN ? join(process.env.PG_BIN, tool) : tool;
}

// Query parameters Prisma understands and libpq rejects ("invalid URI query parameter").
const PRISMA_ONLY_PARAMS = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "sslaccept"];

/** The URL for libpq, with the password moved to PGPASSWORD so that no process list shows it. */
export function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  for (const p of PRISMA_ONLY_PARAMS) u.searchParams.delete(p);
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

class ToolFailed extends Error {}

function run(tool: Tool, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(toolPath(tool), args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e: NodeJS.ErrnoException) => {
      reject(e.code === "ENOENT"
        ? refuse(
          `找不到 ${tool}：请安装 PostgreSQL 客户端工具（主版本不低于服务器，如 Debian 的 postgresql-client-15），或用 PG_BIN 指向其所在目录。`,
          `${tool} not found: install the PostgreSQL client tools (the server's major version or newer, e.g. postgresql-client-15 on Debian), or point PG_BIN at their directory.`,
        )
        : e);
    });
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else reject(new ToolFailed(`${tool} exited with ${code}: ${Buffer.concat(err).toString("utf8").trim().slice(0, 2000)}`));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function countRows(client: pg.Client): Promise<TableCounts> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)",
    [[...MAIN_TABLES]],
  );
  const present = new Set(rows.map((r) => r.name));
  const counts: TableCounts = {};
  for (const t of MAIN_TABLES) {
    if (present.has(t)) counts[t] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
  }
  return counts;
}

export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  const target = libpqTarget(url);
  try {
    const counts = await withClient(url, async (client) => {
      // pg_dump reads in the snapshot this transaction exports: the counts printed are the dump's.
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0].id;
      const counted = await countRows(client);
      await run("pg_dump", ["--format=custom", `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${target.dbname}`], target.env);
      await client.query("COMMIT");
      return counted;
    });
    await run("pg_restore", ["--list", partial], target.env);
    durableRename(partial, file);
    return { file, bytes: statSync(file).size, counts };
  } catch (e) {
    if (!(e instanceof ToolFailed)) throw e;
    const mismatch = /version mismatch/i.test(e.message);
    throw refuse(
      `备份失败（pg_dump 报错见下）。${mismatch ? "pg_dump 的主版本须不低于服务器，可用 PG_BIN 指定。" : ""}`,
      `The backup failed: ${e.message}${mismatch ? "\n  pg_dump must be the server's major version or newer: set PG_BIN." : ""}`,
    );
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Reads the whole archive (every data block) without touching any database. */
async function checkArchive(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run("pg_restore", [`--file=${devNull}`, file], env);
  } catch (e) {
    if (!(e instanceof ToolFailed)) throw e;
    throw refuse("备份文件无法读取，可能已损坏（详见下）。", `The backup cannot be read and may be damaged: ${e.message}`);
  }
}

/** The finished migrations recorded in the archive's _prisma_migrations table. */
async function archivedMigrations(file: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const script = await run("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file], env);
  const lines = script.split("\n");
  const head = lines.findIndex((l) => /^COPY \S*_prisma_migrations \(/.test(l));
  if (head < 0) return [];
  const columns = /\((.*)\)/.exec(lines[head])![1].split(", ");
  const [name, finished, rolledBack] = ["migration_name", "finished_at", "rolled_back_at"].map((c) => columns.indexOf(c));
  const names: string[] = [];
  for (const line of lines.slice(head + 1)) {
    if (line === "\\.") break;
    const v = line.split("\t");
    if (v[finished] !== "\\N" && v[rolledBack] === "\\N") names.push(v[name]);
  }
  return names.sort();
}

async function checkTarget(url: string, archived: string[]): Promise<void> {
  await withClient(url, async (client) => {
    const others = await client.query<{ pid: number; who: string }>(
      `SELECT pid, coalesce(nullif(application_name, ''), client_addr::text, 'local') AS who FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    if (others.rows.length) {
      const list = others.rows.slice(0, 5).map((r) => `pid ${r.pid} (${r.who})`).join("; ");
      throw refuse(
        `数据库正在被使用（${others.rows.length} 个其他连接：${list}），请先停止应用再恢复。`,
        `The database is in use (${others.rows.length} other connections: ${list}); stop the application before restoring.`,
      );
    }
    const { rows: [{ present }] } = await client.query<{ present: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!present) return;
    const { rows } = await client.query<{ name: string }>("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL");
    const newer = rows.map((r) => r.name).filter((m) => !archived.includes(m));
    if (newer.length) {
      // pg_restore --clean drops and recreates only what the archive holds: objects of later
      // migrations would stay behind and break them when they are applied again.
      throw refuse(
        `数据库结构比备份新（迁移：${newer.join(", ")}），请恢复到一个空数据库。`,
        `The database's schema is newer than the backup's (migrations: ${newer.join(", ")}); restore into an empty database instead.`,
      );
    }
  });
}

export async function restorePostgres(url: string, file: string): Promise<RestoreResult> {
  const target = libpqTarget(url);
  await checkArchive(file, target.env);
  const archived = await archivedMigrations(file, target.env);
  const pending = pendingMigrations(archived, knownMigrations("postgresql"));
  await checkTarget(url, archived);
  const previous = join(dirname(file), `postgresql-${timestamp()}-before-restore.dump`);
  await backupPostgres(url, previous);
  try {
    await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", `--dbname=${target.dbname}`, file], target.env);
  } catch (e) {
    if (!(e instanceof ToolFailed)) throw e;
    throw refuse("恢复失败，事务已回滚，数据库未改变（详见下）。", `The restore failed and was rolled back; the database is unchanged: ${e.message}`);
  }
  return { file, counts: await withClient(url, countRows), previous, pendingMigrations: pending };
}
