// Driver adapter factories for both engines. SQLite gets WAL and a busy timeout so that the
// server, the seed and a second instance can share one file without "database is locked".
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./config";

export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function adapterFactory(config: DatabaseConfig): PrismaBetterSqlite3 | PrismaPg {
  if (config.provider === "postgresql") {
    return new PrismaPg({ connectionString: config.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  }
  mkdirSync(dirname(config.filePath!), { recursive: true });
  return new PrismaBetterSqlite3({ url: config.filePath!, timeout: SQLITE_BUSY_TIMEOUT_MS });
}
