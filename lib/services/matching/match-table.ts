// The Match table as each engine takes a lot of rows at once: the only engine-specific SQL of
// matching. PostgreSQL gets whole columns as array parameters (one statement per batch, no SQL to
// parse per row); SQLite, in-process, gets multi-row INSERTs. A full rebuild sets the table's
// indexes and keys aside, refills it and builds them once: one sorted build, and one check of
// each foreign key, cost far less than upkeep and a check row by row.
import { dbProvider, type Tx } from "@/lib/db/client";
import type { MatchRows } from "./rows";

const pg = () => dbProvider === "postgresql";

/** Stores the pairs; `at` is their computedAt. */
export async function writeMatches(tx: Tx, rows: MatchRows, at: Date): Promise<void> {
  if (!rows.length) return;
  if (pg()) await writePg(tx, rows, at);
  else await writeSqlite(tx, rows, at);
}

// The reasons' texts are parsed once each and joined to their pairs by number. DISTINCT ON tells
// the planner each number is there once, so it expects one row per pair, hashes the texts and
// keeps to the pairs' order (and, with a cheap plan, does not bring in JIT compilation).
const PG_INSERT = `INSERT INTO "Match" ("projectId", "productId", "eligible", "score", "reasons", "computedAt")
  SELECT m.project, m.product, TRUE, m.score, r.reasons, $6::timestamp(3)
  FROM unnest($1::int[], $2::int[], $3::int[], $4::int[]) AS m(project, product, score, reason)
  JOIN (SELECT DISTINCT ON (n) n, reasons FROM unnest($5::jsonb[]) WITH ORDINALITY AS u(reasons, n)) AS r ON r.n = m.reason + 1`;

const intArray = (values: readonly number[]) => `{${values.join(",")}}`;
const textArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;

async function writePg(tx: Tx, rows: MatchRows, at: Date) {
  await tx.$executeRawUnsafe(PG_INSERT, intArray(rows.projectId), intArray(rows.productId), intArray(rows.score), intArray(rows.reason), textArray(rows.reasons), at.toISOString());
}

const SQLITE_CHUNK = 2_000;

async function writeSqlite(tx: Tx, rows: MatchRows, at: Date) {
  // Prisma keeps SQLite DateTime as ISO text with an explicit offset. The values are numbers and
  // JSON texts of numbers, so nothing needs quoting but the texts themselves.
  const when = `'${at.toISOString().replace("Z", "+00:00")}'`;
  const texts = rows.reasons.map((t) => `'${t.replace(/'/g, "''")}'`);
  const head = `INSERT INTO "Match" ("projectId", "productId", "eligible", "score", "reasons", "computedAt") VALUES `;
  for (let i = 0; i < rows.length; i += SQLITE_CHUNK) {
    const values: string[] = [];
    for (let j = i; j < Math.min(i + SQLITE_CHUNK, rows.length); j++) {
      values.push(`(${rows.projectId[j]}, ${rows.productId[j]}, 1, ${rows.score[j]}, ${texts[rows.reason[j]]}, ${when})`);
    }
    await tx.$executeRawUnsafe(head + values.join(", "));
  }
}

/**
 * Empties the table for a full rebuild and sets its indexes and keys aside, as the database itself
 * describes them (so a later migration's index comes back too); returns the statements that put
 * them back. On PostgreSQL this takes the Project and FinanceProduct tables exclusively until the
 * transaction ends (dropping a foreign key does): a full re-match is for the seed, the generator and
 * maintenance, not for while people are editing. The locks come first, in one statement, so the
 * rebuild holds nothing else while it waits for them.
 */
export async function setAsideForRebuild(tx: Tx): Promise<string[]> {
  if (pg()) {
    const keys = await tx.$queryRawUnsafe<{ drop: string; restore: string; referenced: string | null }[]>(PG_KEYS);
    const referenced = [...new Set(keys.flatMap((k) => (k.referenced ? [k.referenced] : [])))];
    await tx.$executeRawUnsafe(`LOCK TABLE ${[...referenced, `"Match"`].join(", ")} IN ACCESS EXCLUSIVE MODE`);
    await tx.$executeRawUnsafe(`TRUNCATE "Match"`);
    for (const k of keys) await tx.$executeRawUnsafe(k.drop);
    return keys.map((k) => k.restore);
  }
  const indexes = await tx.$queryRawUnsafe<{ name: string; sql: string }[]>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Match' AND sql IS NOT NULL`,
  );
  for (const i of indexes) await tx.$executeRawUnsafe(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
  await tx.$executeRawUnsafe(`DELETE FROM "Match"`);
  return indexes.map((i) => i.sql);
}

/** Builds what setAsideForRebuild set aside: the indexes, then the keys (each checked once). */
export async function restoreAfterRebuild(tx: Tx, statements: readonly string[]): Promise<void> {
  for (const sql of statements) await tx.$executeRawUnsafe(sql);
}

// Match's primary key, unique and foreign keys, then its other indexes, with the SQL that drops
// each and the SQL that makes it again; foreign keys last, so they are checked on a finished table.
const PG_KEYS = `
  SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop,
         format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS restore,
         CASE WHEN c.contype = 'f' THEN c.confrelid::regclass::text END AS referenced,
         CASE WHEN c.contype = 'f' THEN 2 ELSE 0 END AS step
  FROM pg_constraint c
  WHERE c.conrelid = '"Match"'::regclass AND c.contype IN ('p', 'u', 'f')
  UNION ALL
  SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), NULL, 1
  FROM pg_index i
  WHERE i.indrelid = '"Match"'::regclass
    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = i.indrelid AND c.conindid = i.indexrelid)
  ORDER BY step, restore`;
