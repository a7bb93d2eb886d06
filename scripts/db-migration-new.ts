// Writes a new migration for both engines from the change in prisma/schema.prisma since the
// last migration: `npm run db:migration -- <name>`. The schema as of the last migration is kept
// in prisma/migrations/schema.snapshot.prisma, so the diff needs no shadow database.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseConfig } from "../lib/db/config";
import { datamodelFor, diffDatamodels, migrationsDir } from "../lib/db/schema-engine";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(1);
}
const snapshotPath = join(migrationsDir("sqlite"), "..", "schema.snapshot.prisma");
const snapshot = existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

// The engine needs a live connection for the dialect; diffing never writes to it.
const scratch = join(tmpdir(), `cfp-migration-${process.pid}.db`);
const targets = [
  { provider: "sqlite" as const, config: databaseConfig(`file:${scratch}`) },
  { provider: "postgresql" as const, config: databaseConfig(process.env.MIGRATION_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres") },
];
for (const { provider, config } of targets) {
  const from = snapshot === null ? null : provider === "sqlite" ? snapshot : snapshot.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  const sql = await diffDatamodels(config, from);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log(`${provider}: no schema change`);
    continue;
  }
  const dir = join(migrationsDir(provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  writeFileSync(join(migrationsDir(provider), "migration_lock.toml"), `provider = "${provider}"\n`);
  console.log(`${provider}: wrote ${dir}`);
}
// Also after a change with no SQL effect (comments, formatting), so the snapshot always matches.
writeFileSync(snapshotPath, datamodelFor("sqlite"));
rmSync(scratch, { force: true });
