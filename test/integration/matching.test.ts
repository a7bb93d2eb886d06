import { afterAll, describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db/client";
import { createFinancingRecord, deleteFinancingRecord } from "@/lib/services/financing/records";
import { rematchAll, rematchEverything } from "@/lib/services/matching/recompute";
import { createProduct, updateProduct } from "@/lib/services/products";
import { listProjects } from "@/lib/services/projects/list";
import { actorOf } from "../support/actors";

const NAME = `匹配测试湿地贷${Date.now() % 100000}`;

afterAll(async () => {
  await db.match.deleteMany({ where: { product: { name: NAME } } });
  await db.financeProduct.deleteMany({ where: { name: NAME } });
});

async function snapshot() {
  const rows = await db.match.findMany({ select: { projectId: true, productId: true, score: true, eligible: true, reasons: true }, orderBy: [{ projectId: "asc" }, { productId: "asc" }] });
  return rows.map((r) => `${r.projectId}/${r.productId}/${r.score}/${r.eligible}/${JSON.stringify(r.reasons)}`);
}

/** The Match table's indexes and keys as the database describes them. */
async function tableShape(): Promise<string[]> {
  const rows = dbProvider === "postgresql"
    ? await db.$queryRawUnsafe<{ d: string }[]>(`SELECT pg_get_indexdef(indexrelid) AS d FROM pg_index WHERE indrelid = '"Match"'::regclass
        UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"Match"'::regclass ORDER BY 1`)
    : await db.$queryRawUnsafe<{ d: string }[]>(`SELECT sql AS d FROM sqlite_master WHERE tbl_name = 'Match' ORDER BY name`);
  return rows.map((r) => r.d);
}

describe("matches follow every change, incrementally, and agree with a full recompute", () => {
  it("the demo library is matched at load, and a full recompute finds exactly the same", async () => {
    const before = await snapshot();
    const shape = await tableShape();
    expect(shape.length).toBeGreaterThanOrEqual(dbProvider === "postgresql" ? 6 : 3);
    expect(before.length).toBeGreaterThan(100);
    const { matches } = await rematchAll();
    expect(matches).toBe(before.length);
    expect(await snapshot()).toEqual(before);
    const row = await db.match.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(Math.abs(row.computedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(Array.isArray(row.reasons)).toBe(true);
    // The rebuild drops and rebuilds the table's indexes: the pair is still unique afterwards.
    await expect(db.match.create({ data: { projectId: row.projectId, productId: row.productId, eligible: true, score: 1, reasons: [] } })).rejects.toThrow();
    // So are its foreign keys, and every other index and key.
    await expect(db.match.create({ data: { projectId: 2_000_000_000, productId: row.productId, eligible: true, score: 1, reasons: [] } })).rejects.toThrow();
    expect(await tableShape()).toEqual(shape);
  });

  it("a full recompute that fails leaves the old matches, indexes and keys", async () => {
    const before = await snapshot();
    const shape = await tableShape();
    await expect(db.$transaction(async (tx) => {
      await rematchEverything(tx);
      throw new Error("stopped after the rebuild");
    }, { timeout: 120_000 })).rejects.toThrow("stopped after the rebuild");
    expect(await snapshot()).toEqual(before);
    expect(await tableShape()).toEqual(shape);
  });

  it("a new product is matched at once to the fitting library projects, only for its own bank", async () => {
    const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
    const a01 = await db.category.findUniqueOrThrow({ where: { code: "A01" } });
    const fitting = await db.project.findMany({ where: { reviewStatus: "IN_LIBRARY", categoryId: a01.id, highEmission: false, gapAmount: { gte: 1_000_000n, lte: 400_000_000n * 4n } }, select: { id: true } });
    expect(fitting.length).toBeGreaterThan(0);
    const { id, version } = await createProduct(bank1, { name: NAME, instrument: "GREEN_LOAN", categoryIds: String(a01.id), minAmount: "100", maxAmount: "4亿" });
    const matched = await db.match.findMany({ where: { productId: id }, select: { projectId: true } });
    expect(matched.map((m) => m.projectId).sort()).toEqual(fitting.map((p) => p.id).sort());
    const mine = await listProjects(bank1, { pageSize: 200, categoryId: a01.id });
    expect(mine.items.map((p) => p.id)).toEqual(expect.arrayContaining(fitting.map((p) => p.id)));
    const theirs = await listProjects(bank2, { pageSize: 200 });
    const theirMatches = new Set((await db.match.findMany({ where: { product: { institutionId: bank2.organizationId! } } })).map((m) => m.projectId));
    const theirPushes = new Set((await db.push.findMany({ where: { institutionId: bank2.organizationId! } })).map((p) => p.projectId));
    expect(theirs.items.every((p) => theirMatches.has(p.id) || theirPushes.has(p.id))).toBe(true);

    // Switched off, the product matches nothing.
    await updateProduct(bank1, id, { version, active: "false" });
    expect(await db.match.count({ where: { productId: id } })).toBe(0);
    await updateProduct(bank1, id, { version: version + 1, active: "true" });
    expect(await db.match.count({ where: { productId: id } })).toBe(fitting.length);
  });

  it("a project whose gap is closed by financing leaves every product's matches; withdrawn, it comes back", async () => {
    const staff = await actorOf("staff");
    const match = await db.match.findFirstOrThrow({ where: { eligible: true, project: { securedAmount: 0n } }, include: { project: true } });
    const count = await db.match.count({ where: { projectId: match.projectId } });
    const bank = await db.organization.findFirstOrThrow({ where: { kind: "BANK" } });
    const { id } = await createFinancingRecord(staff, match.projectId, {
      institutionId: bank.id, instrument: "GREEN_LOAN", amount: `${match.project.financingNeed}元`, date: "2026-11-20", status: "APPROVED",
    });
    expect(await db.match.count({ where: { projectId: match.projectId } })).toBe(0);
    await deleteFinancingRecord(staff, id, { version: 1, reason: "测试" });
    expect(await db.match.count({ where: { projectId: match.projectId } })).toBe(count);
    // Incremental upkeep agrees with recomputing everything.
    const incremental = await snapshot();
    await rematchAll();
    expect(await snapshot()).toEqual(incremental);
  });
});
