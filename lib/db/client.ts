// The one Prisma client of the process, for the engine DATABASE_URL names. Both generated
// clients come from the same models, so the SQLite client's types describe either.
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { adapterFactory } from "./adapter";
import { databaseConfig, type DatabaseConfig } from "./config";

export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createClient(config: DatabaseConfig = databaseConfig()): Db {
  const adapter = adapterFactory(config);
  if (config.provider === "postgresql") {
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  return new SqliteClient({ adapter: adapter as never });
}

const globalForDb = globalThis as unknown as { __cfpDb?: Db };

/** Cached on globalThis so that dev-server reloads do not open a new pool each time. */
export const db: Db = globalForDb.__cfpDb ?? (globalForDb.__cfpDb = createClient());

export const dbProvider = databaseConfig().provider;
