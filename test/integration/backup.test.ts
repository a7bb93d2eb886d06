// `npm run db:backup` / `db:restore` on a scratch database of the run's engine (a restore replaces
// everything, so never the database the other files share): a backup taken while another process
// keeps writing is one consistent moment, and a restore brings back exactly that moment.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupRefused, backupDatabase, restoreDatabase, type BackupResult } from "@/lib/db/backup";
import { createClient } from "@/lib/db/client";
import { databaseConfig, type DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/schema-engine";
import { demoData } from "@/lib/db/seed/demo-data";
import { seedDemo } from "@/lib/db/seed/load";
import { startOtherProcess, WRITER_ACTION, WRITER_TITLE } from "../support/concurrent-writer";
import { createScratchDatabase } from "../support/scratch-database";
import { tableState, type TableState } from "../support/table-state";

const WRITER_ROWS = { AuditLog: `"action" = '${WRITER_ACTION}'`, Notification: `"title" LIKE '${WRITER_TITLE} %'` };

let dir: string;
let config: DatabaseConfig;
let drop: () => Promise<void>;
const ext = () => (config.provider === "sqlite" ? "db" : "dump");

async function addExtraRows() {
  const db = createClient(config);
  try {
    const template = await db.project.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.project.create({
      data: {
        code: "BACKUP-1", name: "备份测试项目 ‘quoted’\n第二行", ownerOrgId: template.ownerOrgId, regionId: template.regionId, categoryId: template.categoryId,
        totalInvestment: 9_876_543_210_987n, financingNeed: 9_876_543_210_987n, reviewStatus: "DRAFT", co2ReductionT: 1234.5,
      },
    });
    await db.setting.create({ data: { key: "backup-test", value: "写入于备份之前" } });
    await db.auditLog.create({ data: { actorName: "test", action: "backup-test.extra", entity: "Project", after: { 金额: "9876543210987", list: [1, 2] } } });
  } finally {
    await db.$disconnect();
  }
}

/** The numbers of the writer's rows in a table, in order. */
async function writerNumbers(target: DatabaseConfig): Promise<{ audit: number[]; notifications: number[] }> {
  const db = createClient(target);
  try {
    const audit = await db.auditLog.findMany({ where: { action: WRITER_ACTION }, select: { entityId: true } });
    const notes = await db.notification.findMany({ where: { title: { startsWith: `${WRITER_TITLE} ` } }, select: { title: true } });
    const sorted = (xs: number[]) => xs.sort((a, b) => a - b);
    return { audit: sorted(audit.map((r) => Number(r.entityId))), notifications: sorted(notes.map((r) => Number(r.title.split(" ")[1]))) };
  } finally {
    await db.$disconnect();
  }
}

/**
 * A state the writer could have produced from `before`: every table as it was, plus the writer's
 * first k transactions whole (both rows of each, none torn, none skipped).
 */
async function expectBeforePlusWriter(target: DatabaseConfig, before: TableState, k: number) {
  expect(await tableState(target, WRITER_ROWS)).toEqual(before);
  const first = Array.from({ length: k }, (_, i) => i + 1);
  expect(await writerNumbers(target)).toEqual({ audit: first, notifications: first });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cfp-backup-test-"));
  ({ config, drop } = await createScratchDatabase("backup", dir));
  await applyMigrations(config);
  const db = createClient(config);
  const outcome = await seedDemo(db, demoData);
  await db.$disconnect();
  expect(outcome.seeded).toBe(true);
  await addExtraRows();
});

afterAll(async () => {
  await drop?.();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  let before: TableState;
  let backup: BackupResult;
  let k: number;

  it("backs up one consistent moment while another process keeps writing", async () => {
    before = await tableState(config);
    const writer = await startOtherProcess(config.url, "write");
    try {
      await writer.waitFor(20);
      const committedBefore = writer.committed();
      backup = await backupDatabase(config, join(dir, `during-writes.${ext()}`));
      k = backup.counts.AuditLog - before.AuditLog.rows;
      expect(backup.counts.Notification - before.Notification.rows, "both rows of every transaction").toBe(k);
      expect(k).toBeGreaterThanOrEqual(committedBefore);
      // The writer went on after the backup's moment: the backup really ran amid the writes.
      await expect.poll(async () => (await writerNumbers(config)).audit.length, { timeout: 20_000 }).toBeGreaterThan(k);
    } finally {
      await writer.stop();
    }
    expect(statSync(backup.file).size).toBe(backup.bytes);
    if (config.provider === "sqlite") {
      const file = new Database(backup.file, { readonly: true });
      expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
      file.close();
      await expectBeforePlusWriter(databaseConfig(`file:${backup.file}`), before, k);
    }
  }, 90_000);

  it("restores exactly that moment after rows were changed and deleted", async () => {
    const db = createClient(config);
    await db.notification.deleteMany();
    await db.match.deleteMany();
    await db.project.update({ where: { code: "BACKUP-1" }, data: { name: "改过的名称", totalInvestment: 1n } });
    await db.setting.create({ data: { key: "backup-test.after", value: "备份之后" } });
    await db.$disconnect();
    const changed = await tableState(config);
    expect({ matches: changed.Match.rows, notifications: changed.Notification.rows }).toEqual({ matches: 0, notifications: 0 });

    const restored = await restoreDatabase(config, backup.file);

    expect(restored.counts).toEqual(backup.counts);
    expect(restored.pendingMigrations).toEqual([]);
    await expectBeforePlusWriter(config, before, k);
    if (config.provider === "sqlite") {
      expect(await tableState(config)).toEqual(await tableState(databaseConfig(`file:${backup.file}`)));
      expect(await tableState(databaseConfig(`file:${restored.previous}`)), "the replaced database is kept").toEqual(changed);
    } else {
      expect(statSync(restored.previous!).size).toBeGreaterThan(0);
    }
  }, 90_000);

  it("refuses a damaged, foreign or missing file and leaves the database as it was", async () => {
    const state = await tableState(config);
    const whole = readFileSync(backup.file);
    const files = {
      truncated: whole.subarray(0, Math.floor(whole.length / 2)),
      damaged: Buffer.concat([whole.subarray(0, 4096), Buffer.alloc(whole.length - 4096, 0x5a)]),
      foreign: Buffer.from("name,amount\n项目,100\n"),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, `${name}.${ext()}`), bytes);
      await expect(restoreDatabase(config, join(dir, `${name}.${ext()}`)), name).rejects.toBeInstanceOf(BackupRefused);
    }
    await expect(restoreDatabase(config, join(dir, `missing.${ext()}`))).rejects.toThrow(/not found/);
    expect(await tableState(config)).toEqual(state);
  }, 60_000);

  it("refuses while another process has the database open", async () => {
    const state = await tableState(config);
    const other = await startOtherProcess(config.url, "hold");
    try {
      await expect(restoreDatabase(config, backup.file)).rejects.toThrow(/in use|open in other processes/);
    } finally {
      await other.stop();
    }
    expect(await tableState(config)).toEqual(state);
  }, 60_000);

  it("refuses a backup made by a newer version of the application", async () => {
    const future = "29991231000000_from_a_newer_version";
    const db = createClient(config);
    const insert = `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
      VALUES ('backup-test', 'x', '${future}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`;
    await db.$executeRawUnsafe(insert);
    await db.$disconnect();
    const newer = await backupDatabase(config, join(dir, `newer.${ext()}`));
    const cleanup = createClient(config);
    await cleanup.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "id" = 'backup-test'`);
    await cleanup.$disconnect();
    const state = await tableState(config);

    await expect(restoreDatabase(config, newer.file)).rejects.toThrow(new RegExp(`newer version.*${future}`));
    expect(await tableState(config)).toEqual(state);
  }, 60_000);

  it.runIf(process.env.DATABASE_URL?.startsWith("postgres"))("PostgreSQL: refuses a backup older than the database's schema", async () => {
    const db = createClient(config);
    await db.$executeRawUnsafe(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
      VALUES ('backup-test-newer-db', 'x', '29991231000000_applied_after_the_backup', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`);
    await db.$disconnect();
    const state = await tableState(config);
    await expect(restoreDatabase(config, backup.file)).rejects.toThrow(/newer than the backup/);
    expect(await tableState(config)).toEqual(state);
  }, 60_000);
});
