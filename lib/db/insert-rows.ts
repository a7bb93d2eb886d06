// Multi-row INSERT with the values written as literals: Prisma's createMany builds every batch
// through its query compiler and splits it by the parameter limit, which makes 100,000 projects
// take minutes. Used by the generator; values come from code
// (numbers, dates, enum names, JSON of numbers, fixed texts), and text is quoted all the same.
import type { Db } from "./client";
import { dbProvider } from "./client";

type Value = string | number | bigint | boolean | Date | null | undefined;

function literal(v: Value, pg: boolean): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`generate: not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "boolean") return pg ? (v ? "TRUE" : "FALSE") : v ? "1" : "0";
  // Prisma keeps SQLite DateTime as ISO text with an explicit offset, PostgreSQL's as UTC timestamps.
  if (v instanceof Date) return `'${pg ? v.toISOString() : v.toISOString().replace("Z", "+00:00")}'`;
  return `'${v.replace(/'/g, "''")}'`;
}

export async function insertRows(db: Pick<Db, "$executeRawUnsafe">, table: string, rows: Record<string, Value>[], chunk = 500): Promise<void> {
  if (!rows.length) return;
  const pg = dbProvider === "postgresql";
  const columns = Object.keys(rows[0]);
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let i = 0; i < rows.length; i += chunk) {
    const values = rows.slice(i, i + chunk).map((r) => `(${columns.map((c) => literal(r[c], pg)).join(", ")})`);
    await db.$executeRawUnsafe(head + values.join(", "));
  }
}
