// Driver adapter factories for both engines. SQLite gets WAL and a busy timeout so that the
// server, the seed and a second instance can share one file without "database is locked".
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "./config";

export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * Transactions on SQLite begin IMMEDIATE: they take the write lock at BEGIN, waiting for it up to
 * the busy timeout. The adapter's plain (deferred) BEGIN takes it at the first write instead, and
 * a transaction that has read before another instance committed can then never write: SQLite
 * refuses at once (SQLITE_BUSY_SNAPSHOT, the busy timeout does not apply), so a save racing a save
 * from a second instance failed with 500 rather than landing or answering 409. Every transaction
 * of the services writes, and those of one process already run one at a time (the adapter's lock).
 */
class ImmediateSqlite extends PrismaBetterSqlite3 {
  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    // The adapter issues its BEGIN through the better-sqlite3 connection it keeps as `client`.
    const client = (adapter as unknown as { client?: { prepare(sql: string): unknown } }).client;
    if (typeof client?.prepare !== "function") throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: BEGIN IMMEDIATE cannot be set");
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

export function adapterFactory(config: DatabaseConfig): PrismaBetterSqlite3 | PrismaPg {
  if (config.provider === "postgresql") {
    // A bounded wait for a connection: while the server is down or restarting, a request fails
    // (503) within seconds instead of hanging until the client gives up.
    return new PrismaPg({
      connectionString: config.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
      // No parallel workers within one query: the app already runs its queries side by side (the
      // cockpit's ten at once, many requests), and on a small server the workers' start-up and
      // merge cost more than they save (the cockpit's grouped sums over 70,000 projects: 27 ms
      // alone, 50–70 ms with two workers on the 2-core benchmark machine).
      options: "-c max_parallel_workers_per_gather=0",
    });
  }
  mkdirSync(dirname(config.filePath!), { recursive: true });
  return new ImmediateSqlite({ url: config.filePath!, timeout: SQLITE_BUSY_TIMEOUT_MS });
}
