import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "@/lib/services/auth";

async function auditCount(action: string, username: string) {
  return db.auditLog.count({ where: { action, actorName: username } });
}

describe("sign-in", () => {
  it("accepts every demo account with the demo password and records it", async () => {
    for (const username of ["admin", "staff", "bank1", "bank2", "leader", "owner"]) {
      const before = await auditCount("auth.signIn", username);
      const actor = await authenticate({ username, password: "Demo#2025" }, "127.0.0.1");
      expect(actor?.username).toBe(username);
      expect(await auditCount("auth.signIn", username)).toBe(before + 1);
    }
  });

  it("refuses a wrong password or unknown user and records the failure", async () => {
    const before = await auditCount("auth.signIn.failed", "staff");
    expect(await authenticate({ username: "staff", password: "wrong" }, "127.0.0.1")).toBeNull();
    expect(await auditCount("auth.signIn.failed", "staff")).toBe(before + 1);
    expect(await authenticate({ username: "nobody", password: "Demo#2025" }, null)).toBeNull();
    expect(await auditCount("auth.signIn.failed", "nobody")).toBe(1);
    expect(await authenticate({ username: "", password: "" }, null)).toBeNull();
  });

  it("refuses a disabled account", async () => {
    const staff = await db.user.findUniqueOrThrow({ where: { username: "staff" } });
    const disabled = await db.user.create({
      data: { username: `disabled-${Date.now()}`, displayName: "停用账户", role: "BUREAU_STAFF", passwordHash: staff.passwordHash, active: false },
    });
    expect(await authenticate({ username: disabled.username, password: "Demo#2025" }, null)).toBeNull();
  });

  it("stores passwords only as argon2id hashes", async () => {
    const users = await db.user.findMany({ select: { passwordHash: true } });
    expect(users.every((u) => u.passwordHash.startsWith("$argon2id$"))).toBe(true);
  });
});
