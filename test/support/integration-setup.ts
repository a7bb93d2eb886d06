// Global setup of the integration suite: a brand-new database with the schema applied through
// the migrations and the demo data loaded, exactly as `npm start` does.
import { rmSync } from "node:fs";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { databaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/schema-engine";

function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const url = project.config.env.DATABASE_URL as string;
  const config = databaseConfig(url);
  const dbName = config.provider === "postgresql" ? new URL(url).pathname.slice(1) : "";
  if (config.provider === "postgresql") await adminQuery(url, `CREATE DATABASE "${dbName}"`);
  await applyMigrations(config);
  process.env.DATABASE_URL = url;
  const { createClient } = await import("@/lib/db/client");
  const { seedDemo } = await import("@/lib/db/seed/load");
  const { demoData } = await import("@/lib/db/seed/demo-data");
  const db = createClient(config);
  const outcome = await seedDemo(db, demoData);
  await db.$disconnect();
  if (!outcome.seeded) throw new Error(`integration setup: demo data not loaded (${outcome.reason})`);
  console.log(`[integration] ${config.provider} database ready: ${config.provider === "sqlite" ? config.filePath : dbName}`);

  return async () => {
    if (config.provider === "postgresql") await adminQuery(url, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    else for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${config.filePath}${suffix}`, { force: true });
  };
}
