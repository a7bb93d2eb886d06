// A fast fingerprint of every table (row count and content hash), for tests that must check the
// whole database after each of many requests. table-state.ts opens a Prisma client per call and
// hashes in JavaScript; this keeps one read connection open and, on PostgreSQL, lets the server
// hash each table in a single round trip, so a check costs milliseconds.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/db/config";

export type Digest = Record<string, { rows: number; hash: string }>;

/** Per table, a SQL condition for rows to leave out (e.g. the test's own sessions). */
export type Exclude = Record<string, string>;

export interface Digester {
  digest(): Promise<Digest>;
  close(): Promise<void>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const where = (exclude: Exclude, table: string) => (exclude[table] ? ` WHERE NOT (${exclude[table]})` : "");

function canonical(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  return value;
}

function openSqlite(filePath: string, exclude: Exclude): Digester {
  // A second, read-only connection: in WAL mode it sees every committed write and never blocks one.
  const conn = new Database(filePath, { readonly: true, fileMustExist: true });
  conn.defaultSafeIntegers(true);
  const tables = (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: bigint | string }[])
    .map((r) => String(r.name));
  const reads = tables.map((t) => [t, conn.prepare(`SELECT * FROM ${quote(t)}${where(exclude, t)}`)] as const);
  // SQLite moves data_version on for this connection whenever another one commits: while it stays
  // put nothing was written (a rolled-back transaction does not move it), and hashing is skipped.
  const dataVersion = conn.prepare("PRAGMA data_version").pluck();
  let last: { version: unknown; digest: Digest } | null = null;
  return {
    async digest() {
      const version = dataVersion.get();
      if (last && last.version === version) return last.digest;
      const out: Digest = {};
      for (const [table, read] of reads) {
        const lines = (read.all() as Record<string, unknown>[]).map((r) => JSON.stringify(r, canonical)).sort();
        out[table] = { rows: lines.length, hash: createHash("sha256").update(lines.join("\n")).digest("hex") };
      }
      last = { version, digest: out };
      return out;
    },
    async close() {
      conn.close();
    },
  };
}

async function openPostgres(url: string, exclude: Exclude): Promise<Digester> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tables = (await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  )).rows.map((r) => r.name);
  // Each row's text form, sorted, hashed by the server: one query for the whole database.
  const sql = tables.map((t) => `SELECT ${pg.escapeLiteral(t)} AS name, count(*)::int AS rows, `
    + `md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS hash FROM ${quote(t)} x${where(exclude, t)}`).join("\nUNION ALL\n");
  // A committed insert or update leaves a row whose xmin is the newest transaction's id, and a
  // delete lowers the count: while neither moves, nothing was written and hashing is skipped.
  const fingerprintSql = `SELECT concat_ws(',', ${tables.map((t) => `(SELECT count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) FROM ${quote(t)} x${where(exclude, t)})`).join(", ")}) AS f`;
  let last: { fingerprint: string; digest: Digest } | null = null;
  return {
    async digest() {
      const fingerprint = (await client.query<{ f: string }>(fingerprintSql)).rows[0].f;
      if (last && last.fingerprint === fingerprint) return last.digest;
      const out: Digest = {};
      for (const r of (await client.query<{ name: string; rows: number; hash: string }>(sql)).rows) out[r.name] = { rows: r.rows, hash: r.hash };
      last = { fingerprint, digest: out };
      return out;
    },
    async close() {
      await client.end();
    },
  };
}

export async function openDigester(config: DatabaseConfig, exclude: Exclude = {}): Promise<Digester> {
  return config.provider === "postgresql" ? openPostgres(config.url, exclude) : openSqlite(config.filePath!, exclude);
}

/** The tables whose rows differ, with their row counts before → after. */
export function changedTables(before: Digest, after: Digest): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names.filter((n) => before[n]?.hash !== after[n]?.hash)
    .map((n) => `${n} (${before[n]?.rows ?? "-"} → ${after[n]?.rows ?? "-"} rows)`);
}
