// A database that cannot be reached, or that cuts a connection under a query, is answered 503
// with the API's JSON error and Retry-After (never a 500 that reads like a bug), and the same
// client works again once the server is back. The load test (`npm run loadtest -- --pg-fault`)
// does the same with a real PostgreSQL restart under load.
import { afterAll, describe, expect, it } from "vitest";
import { createClient, db, dbProvider } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { ValidationError } from "@/lib/errors";
import { formStateOf } from "@/lib/forms/action-state";
import { errorResponse } from "@/lib/http/respond";
import { m } from "@/lib/i18n";

async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (e) {
    return e;
  }
  throw new Error("expected the work to fail");
}

async function expect503(error: unknown) {
  expect(isDatabaseUnavailable(error)).toBe(true);
  const res = errorResponse(error);
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(await res.json()).toEqual({ error: { code: "UNAVAILABLE", message: m.errors.unavailable, details: { retryAfterS: 5 } } });
  expect(formStateOf(error).message).toBe(m.errors.unavailable);
}

describe("database unavailable", () => {
  const down = createClient(databaseConfig("postgresql://postgres@127.0.0.1:1/nowhere"));
  afterAll(() => down.$disconnect());

  it("a PostgreSQL server that refuses connections is a 503, for raw queries and model queries alike", async () => {
    await expect503(await failure(() => down.$queryRawUnsafe("SELECT 1")));
    await expect503(await failure(() => down.project.count()));
    await expect503(await failure(() => down.$transaction(async (tx) => tx.project.count())));
  });

  it("the request's own faults stay what they were: a unique violation, a validation error, a bug", async () => {
    const region = await db.region.findFirstOrThrow();
    const duplicate = await failure(() => db.region.create({ data: { code: region.code, name: "重复", level: region.level } }));
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(errorResponse(new ValidationError()).status).toBe(400);
    expect(errorResponse(new TypeError("x is undefined")).status).toBe(500);
  });

  it.runIf(dbProvider === "postgresql")("a connection terminated in the middle of a transaction is a 503, and the client recovers by itself", async () => {
    const victim = createClient(databaseConfig());
    try {
      const cut = await failure(() =>
        victim.$transaction(async (tx) => {
          const [{ pid }] = await tx.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
          await db.$queryRawUnsafe("SELECT pg_terminate_backend($1)", pid);
          return tx.project.count();
        }),
      );
      await expect503(cut);
      expect(await victim.project.count()).toBe(await db.project.count());
    } finally {
      await victim.$disconnect();
    }
  });
});
