// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names.
import { databaseConfig } from "../lib/db/config";
import { applyMigrations } from "../lib/db/schema-engine";

const applied = await applyMigrations(databaseConfig());
console.log(applied.length ? `applied: ${applied.join(", ")}` : "schema up to date");
process.exit(0);
