// Applies the Prisma schema through the WebAssembly schema engine, so that no native engine
// binary has to be downloaded. Migrations live per provider in prisma/migrations/<provider>.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { adapterFactory } from "./adapter";
import type { DatabaseConfig, Provider } from "./config";

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
  version(): Promise<string>;
  free(): void;
};

const require = createRequire(import.meta.url);
const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCHEMA_FILE = join(PROJECT_ROOT, "prisma", "schema.prisma");

export function migrationsDir(provider: Provider): string {
  return join(PROJECT_ROOT, "prisma", "migrations", provider);
}

let wasmReady: Promise<{ SchemaEngine: { new: (...a: unknown[]) => Promise<Engine> } }> | undefined;

async function loadWasm() {
  const pkgDir = dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = await import(join(pkgDir, "schema_engine_bg.js"));
  const bytes = readFileSync(join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

export function datamodelFor(provider: Provider): string {
  const text = readFileSync(SCHEMA_FILE, "utf8");
  return provider === "sqlite" ? text : text.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
}

export async function withEngine<T>(config: DatabaseConfig, work: (engine: Engine, errors: (e: unknown) => Error) => Promise<T>): Promise<T> {
  wasmReady ??= loadWasm();
  const { SchemaEngine } = await wasmReady;
  // The engine never closes the connections it opens; track them so the file lock and the
  // pool are released when the work is done.
  const pool = config.provider === "postgresql" ? new pg.Pool({ connectionString: config.url, max: 2 }) : undefined;
  const raw = pool ? new PrismaPg(pool) : adapterFactory(config);
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked = {
    provider: raw.provider,
    adapterName: raw.adapterName,
    connect: async () => { const a = await raw.connect(); opened.push(a); return a; },
    connectToShadowDb: async () => { const a = await raw.connectToShadowDb(); opened.push(a); return a; },
  };
  const factory = bindMigrationAwareSqlAdapterFactory(tracked as never) as unknown as {
    errorRegistry?: { consumeError(id: number): unknown };
  };
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", datamodelFor(config.provider)]] }, (line: string) => logs.push(line), factory);
  // "External error id#N" hides the driver's real error in the factory's registry.
  const explain = (e: unknown): Error => {
    const text = e instanceof Error ? e.message : String(e);
    const id = /id#(\d+)/.exec(text)?.[1];
    const inner = id ? factory.errorRegistry?.consumeError(Number(id)) : undefined;
    return new Error(inner ? `${text}: ${JSON.stringify(inner)}` : text);
  };
  try {
    return await work(engine, explain);
  } catch (e) {
    throw explain(e);
  } finally {
    engine.free();
    await Promise.all(opened.map((a) => a.dispose().catch(() => undefined)));
    await pool?.end();
  }
}

export function migrationsList(provider: Provider) {
  const baseDir = migrationsDir(provider);
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Applies every migration the database has not seen yet; returns their names. */
export async function applyMigrations(config: DatabaseConfig): Promise<string[]> {
  const applied = await withEngine(config, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(config.provider), filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
  if (config.provider === "sqlite") await enableWriteAheadLog(config.filePath!);
  return applied;
}

/**
 * WAL lets the app's readers go on while one writer (or an online backup) works. The mode is
 * stored in the file, so setting it once here holds for every later connection.
 */
async function enableWriteAheadLog(filePath: string) {
  const { default: Database } = await import("better-sqlite3");
  const file = new Database(filePath);
  try {
    file.pragma("journal_mode = WAL");
  } finally {
    file.close();
  }
}

/**
 * SQL that takes a database at schema `fromDatamodel` (null: empty) to the current schema.
 * Diffing two datamodels needs no shadow database, which the WebAssembly engine cannot make.
 */
export async function diffDatamodels(config: DatabaseConfig, fromDatamodel: string | null): Promise<string> {
  return withEngine(config, async (engine) => {
    const out = await engine.diff({
      from: fromDatamodel === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: fromDatamodel }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: datamodelFor(config.provider) }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return out.stdout ?? "";
  });
}
