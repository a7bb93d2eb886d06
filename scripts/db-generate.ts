// `npm run db:generate -- --projects 100000 [--seed 20251]`: fills the database DATABASE_URL names
// (SQLite file or PostgreSQL) with a synthetic library for benchmarks and load tests: applies the
// migrations, loads the demo reference data if the database is empty, then lib/db/generate,
// then matches every library project with every product.
import { databaseConfig } from "../lib/db/config";
import { applyMigrations } from "../lib/db/schema-engine";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} needs a positive whole number`);
  return v;
};
const projects = arg("projects", 100_000);
const seed = arg("seed", 20251);

const config = databaseConfig();
await applyMigrations(config);
const { createClient } = await import("../lib/db/client");
const { seedDemo } = await import("../lib/db/seed/load");
const { demoData } = await import("../lib/db/seed/demo-data");
const { generate } = await import("../lib/db/generate");
const db = createClient(config);
await seedDemo(db, demoData);
console.log(`generating ${projects} projects (seed ${seed}) on ${config.provider}…`);
const result = await generate(db, { projects, seed, log: (line) => console.log(`  ${line}`) });
console.table(result);
const { rematchAll } = await import("../lib/services/matching/recompute");
const t = performance.now();
const matched = await rematchAll(db);
console.log(`matched ${matched.matches} project–product pairs in ${((performance.now() - t) / 1000).toFixed(1)} s`);
// Fresh statistics, as a database that grew to this size would have had them gathered on the way
// (PostgreSQL's autovacuum; SQLite's planner otherwise guesses without them).
if (config.provider === "postgresql") await db.$executeRawUnsafe("VACUUM ANALYZE");
else await db.$queryRawUnsafe("ANALYZE");
await db.$disconnect();
process.exit(0);
