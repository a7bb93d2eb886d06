// Every table's row count and a digest of its rows, read back through the engine's own SQL so
// that nothing the ORM ignores escapes the comparison. Row order does not matter.
import { createHash } from "node:crypto";
import { createClient, type Db } from "@/lib/db/client";
import type { DatabaseConfig } from "@/lib/db/config";

export type TableState = Record<string, { rows: number; digest: string }>;

/** Per table, a SQL condition for the rows to leave out. */
export type Exclude = Record<string, string>;

async function tableNames(db: Db, config: DatabaseConfig): Promise<string[]> {
  const sql = config.provider === "postgresql"
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
  return (await db.$queryRawUnsafe<{ name: string }[]>(sql)).map((r) => r.name).sort();
}

function canonical(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  return value;
}

export async function tableState(config: DatabaseConfig, exclude: Exclude = {}): Promise<TableState> {
  const db = createClient(config);
  try {
    const state: TableState = {};
    for (const table of await tableNames(db, config)) {
      const where = exclude[table] ? ` WHERE NOT (${exclude[table]})` : "";
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"${where}`);
      const lines = rows.map((r) => JSON.stringify(r, canonical)).sort();
      state[table] = { rows: rows.length, digest: createHash("sha256").update(lines.join("\n")).digest("hex") };
    }
    return state;
  } finally {
    await db.$disconnect();
  }
}
