// Brings the database DATABASE_URL names up to date: applies pending migrations and, on the
// embedded SQLite database (or with --seed), loads the demo data once.
import { databaseConfig } from "../lib/db/config";
import { applyMigrations } from "../lib/db/schema-engine";
import { withLock } from "./lock.mjs";

const config = databaseConfig();
const where = config.provider === "sqlite" ? config.filePath : config.url.replace(/\/\/[^@/]*@/, "//***@");

async function setup() {
  const applied = await applyMigrations(config);
  console.log(`database: ${config.provider} ${where}${applied.length ? ` — applied ${applied.join(", ")}` : " — schema up to date"}`);
  if (config.provider !== "sqlite" && !process.argv.includes("--seed")) return;
  const { createClient } = await import("../lib/db/client");
  const { seedDemo } = await import("../lib/db/seed/load");
  const { demoData } = await import("../lib/db/seed/demo-data");
  const db = createClient(config);
  const outcome = await seedDemo(db, demoData);
  console.log(outcome.seeded ? `demo data loaded: ${JSON.stringify(outcome.counts)}` : `demo data: ${outcome.reason}`);
  await db.$disconnect();
}

// Instances started at once on one SQLite file take turns; a PostgreSQL server serializes
// migrations itself.
if (config.provider === "sqlite") await withLock(`${config.filePath}.setup.lock`, "database setup", setup);
else await setup();
process.exit(0);
