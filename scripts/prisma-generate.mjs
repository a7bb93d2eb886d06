// Generates two Prisma clients from one data model: SQLite (the schema as written) and
// PostgreSQL (provider and output swapped). lib/db picks one from DATABASE_URL at run time.
// PRISMA_SCHEMA_ENGINE_BINARY points at a no-op so the CLI does not try to download an
// engine binary; generation itself runs in WebAssembly.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "prisma", "schema.prisma");
const pgDir = join(root, "prisma", ".postgres");
const pgSchema = join(pgDir, "schema.prisma");

const text = readFileSync(source, "utf8");
const pgText = text
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgres"');
if (pgText === text || !pgText.includes("generated/postgres")) {
  throw new Error("prisma-generate: could not derive the PostgreSQL schema; check generator/datasource blocks");
}
mkdirSync(pgDir, { recursive: true });
writeFileSync(pgSchema, pgText);

const prismaBin = join(root, "node_modules", "prisma", "build", "index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || "/bin/true",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
for (const schema of [source, pgSchema]) {
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", schema], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}
console.log("prisma: generated SQLite and PostgreSQL clients");
