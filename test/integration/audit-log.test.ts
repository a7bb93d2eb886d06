import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { listAudit } from "@/lib/services/audit-log";
import { authenticate } from "@/lib/services/auth";
import { actorOf } from "../support/actors";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (n === "generated" || n === "node_modules") return [];
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe("the audit log", () => {
  it("an administrator browses and filters it", async () => {
    await authenticate({ username: "leader", password: "wrong" }, "192.0.2.7");
    const admin = await actorOf("admin");
    const failed = await listAudit(admin, { action: "auth.signIn.failed", actor: "leader" });
    expect(failed.total).toBeGreaterThan(0);
    expect(failed.rows[0]).toMatchObject({ action: "auth.signIn.failed", actorName: "leader", ip: "192.0.2.7" });
    expect(failed.actions).toContain("seed.demo");
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await listAudit(admin, { from: today, to: today, action: "auth.signIn.failed", actor: "leader" })).total).toBe(failed.total);
    expect((await listAudit(admin, { to: "2000-01-01" })).total).toBe(0);
  });

  it("is for administrators only", async () => {
    for (const who of ["staff", "leader", "bank1", "owner"] as const) {
      await expect(listAudit(await actorOf(who), {})).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("has no code path that edits or deletes an entry", () => {
    const offenders = ["lib", "app", "components"].flatMap((d) => sources(join(process.cwd(), d)))
      .filter((f) => /auditLog\.(update|updateMany|delete|deleteMany|upsert)\b/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
