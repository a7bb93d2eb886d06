// A long write (an Excel import, a full re-match) holds SQLite's one writer for seconds. A save
// made meanwhile waits for it and lands, rather than failing after Prisma's default 2 s; one that
// would wait beyond the limit is answered 503 with Retry-After, never a 500.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db/client";
import { errorResponse } from "@/lib/http/respond";
import { m } from "@/lib/i18n";
import { createApiToken } from "@/lib/services/api-tokens";
import { actorOf } from "../support/actors";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A write transaction that keeps the database for `ms`, as a long import does. */
function longWrite(ms: number) {
  return db.$transaction(async (tx) => {
    await tx.auditLog.count();
    await sleep(ms);
  }, { timeout: 60_000 });
}

describe("saves during a long write", () => {
  it("a save made while a long write runs waits for it and lands", async () => {
    const staff = await actorOf("staff");
    const long = longWrite(3_500);
    await sleep(100);
    const started = performance.now();
    const token = await createApiToken(staff, { name: "等待中的保存", days: 1 });
    await long;
    expect(await db.apiToken.count({ where: { id: token.id } })).toBe(1);
    if (dbProvider === "sqlite") expect(performance.now() - started).toBeGreaterThan(2_500);
  });

  it.runIf(dbProvider === "sqlite")("one that cannot start in time is a 503 with Retry-After, and writes nothing", async () => {
    const staff = await actorOf("staff");
    const long = longWrite(1_500);
    await sleep(100);
    const write = { userId: staff.id, name: "来不及开始的保存", prefix: "cfp_busy", tokenHash: `busy-${Date.now()}`, expiresAt: new Date(Date.now() + 86_400_000) };
    const refused = await db.$transaction((tx) => tx.apiToken.create({ data: write }), { maxWait: 300 }).then(() => null, (e: unknown) => e);
    await long;
    expect(refused).not.toBeNull();
    const res = errorResponse(refused);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await res.json()).error).toMatchObject({ code: "UNAVAILABLE", message: m.errors.busy });
    expect(await db.apiToken.count({ where: { tokenHash: write.tokenHash } })).toBe(0);
  });
});
