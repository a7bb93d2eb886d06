import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed/load";
import { demoData } from "@/lib/db/seed/demo-data";

class Rollback extends Error {}

describe("the database", () => {
  it("sums amounts of tens of 亿元 exactly to the yuan", async () => {
    const template = await db.project.findFirstOrThrow();
    const amounts = [9_876_543_210_987n, 1_234_567_890_123n, 1n, 4_500_000_000n];
    let sums: { total: bigint | null; secured: bigint | null } | undefined;
    await db
      .$transaction(async (tx) => {
        for (const [i, amount] of amounts.entries()) {
          await tx.project.create({
            data: {
              code: `EXACT-${i}`, name: `精度测试${i}`, ownerOrgId: template.ownerOrgId, regionId: template.regionId, categoryId: template.categoryId,
              totalInvestment: amount, financingNeed: amount, securedAmount: amount, reviewStatus: "DRAFT",
            },
          });
        }
        const agg = await tx.project.aggregate({ where: { code: { startsWith: "EXACT-" } }, _sum: { totalInvestment: true, securedAmount: true } });
        sums = { total: agg._sum.totalInvestment, secured: agg._sum.securedAmount };
        const back = await tx.project.findUniqueOrThrow({ where: { code: "EXACT-0" } });
        expect(back.totalInvestment).toBe(9_876_543_210_987n);
        throw new Rollback();
      })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    const expected = amounts.reduce((a, b) => a + b, 0n);
    expect(sums).toEqual({ total: expected, secured: expected });
    expect(await db.project.count({ where: { code: { startsWith: "EXACT-" } } })).toBe(0);
  });

  it("loads the demo data only once: a second seed neither duplicates nor wipes", async () => {
    const before = { projects: await db.project.count(), users: await db.user.count(), records: await db.financingRecord.count() };
    const outcome = await seedDemo(db, demoData);
    expect(outcome.seeded).toBe(false);
    expect({ projects: await db.project.count(), users: await db.user.count(), records: await db.financingRecord.count() }).toEqual(before);
  });

  it("keeps every project's secured and gap consistent with its financing records", async () => {
    const projects = await db.project.findMany({ include: { financingRecords: { select: { amount: true } } } });
    for (const p of projects) {
      const secured = p.financingRecords.reduce((s, r) => s + r.amount, 0n);
      expect(p.securedAmount, p.code).toBe(secured);
      expect(p.gapAmount, p.code).toBe(p.financingNeed > secured ? p.financingNeed - secured : 0n);
    }
  });
});
