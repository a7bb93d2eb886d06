// A database of its own for a test that must not share the run's database (a restore replaces
// everything): a SQLite file in `dir`, or a new database on the run's PostgreSQL server.
import { join } from "node:path";
import pg from "pg";
import { databaseConfig, type DatabaseConfig } from "@/lib/db/config";

async function onServer(url: string, sql: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(name: string, dir: string): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  const run = databaseConfig(process.env.DATABASE_URL);
  if (run.provider === "sqlite") return { config: databaseConfig(`file:${join(dir, `${name}.db`)}`), drop: async () => undefined };
  const url = new URL(run.url);
  const database = `${url.pathname.slice(1)}_${name}`;
  url.pathname = `/${database}`;
  await onServer(run.url, `CREATE DATABASE "${database}"`);
  return { config: databaseConfig(url.toString()), drop: () => onServer(run.url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}
