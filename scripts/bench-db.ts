// A fresh database for a benchmark: a temporary SQLite file, or the (empty) PostgreSQL database
// BENCH_DATABASE_URL names; migrated and loaded with the demo data, with the staff actor ready.
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseConfig } from "../lib/db/config";
import { applyMigrations } from "../lib/db/schema-engine";

export async function benchDatabase(name: string) {
  const file = join(tmpdir(), `cfp-bench-${name}-${process.pid}.db`);
  const url = process.env.BENCH_DATABASE_URL ?? `file:${file}`;
  process.env.DATABASE_URL = url;
  const config = databaseConfig(url);
  await applyMigrations(config);
  const { db } = await import("../lib/db/client");
  const { seedDemo } = await import("../lib/db/seed/load");
  const { demoData } = await import("../lib/db/seed/demo-data");
  const { loadActor } = await import("../lib/services/auth");
  await seedDemo(db, demoData);
  const staff = (await loadActor((await db.user.findUniqueOrThrow({ where: { username: "staff" } })).id))!;
  const done = async (exitCode = 0) => {
    await db.$disconnect();
    if (!process.env.BENCH_DATABASE_URL) for (const s of ["", "-wal", "-shm"]) rmSync(`${file}${s}`, { force: true });
    process.exit(exitCode);
  };
  return { db, config, staff, done };
}
