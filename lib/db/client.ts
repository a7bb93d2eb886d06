// The one Prisma client of the process, for the engine DATABASE_URL names. Both generated
// clients come from the same models, so the SQLite client's types describe either.
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { adapterFactory } from "./adapter";
import { databaseConfig, type DatabaseConfig } from "./config";

export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * How long a transaction may wait to begin. SQLite has one writer: a save made during an Excel
 * import or a full re-match waits for it (Prisma's default of 2 s answered it 500). Beyond this,
 * the caller is told to retry (503, lib/db/unavailable.ts).
 */
export const TRANSACTION_MAX_WAIT_MS = 15_000;

export function createClient(config: DatabaseConfig = databaseConfig()): Db {
  const adapter = adapterFactory(config);
  const transactionOptions = { maxWait: TRANSACTION_MAX_WAIT_MS };
  if (config.provider === "postgresql") {
    return new PostgresClient({ adapter, transactionOptions }) as unknown as Db;
  }
  return new SqliteClient({ adapter: adapter as never, transactionOptions });
}

const globalForDb = globalThis as unknown as { __cfpDb?: Db };

/** Cached on globalThis so that dev-server reloads do not open a new pool each time. */
export const db: Db = globalForDb.__cfpDb ?? (globalForDb.__cfpDb = createClient());

export const dbProvider = databaseConfig().provider;
