import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getPushes } from "@/lib/http/endpoints/matching";
import { getMe } from "@/lib/http/endpoints/system";
import { changePassword } from "@/lib/services/account";
import { createApiToken, listApiTokens, revokeApiToken, tokenActor } from "@/lib/services/api-tokens";
import { authenticate, loadActor } from "@/lib/services/auth";
import { sessionActor } from "@/lib/services/sessions";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/services/users";
import { actorOf, apiRequest, sessionCookie } from "../support/actors";

const noParams = { params: Promise.resolve({}) };
let serial = 0;
const uniqueName = () => `acct${Date.now().toString(36)}${serial++}`;

async function fieldError(p: Promise<unknown>): Promise<Record<string, string>> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return Object.fromEntries(((e as ValidationError).details as { fields: { path: string; message: string }[] }).fields.map((f) => [f.path, f.message]));
}

async function signIn(username: string, password: string) {
  const outcome = await authenticate({ username, password }, `10.8.${serial++}.1`);
  if (!("actor" in outcome)) throw new Error(`sign-in refused: ${outcome.refused}`);
  return outcome;
}

describe("account administration", () => {
  it("creates an account whose first sign-in must change the password; nothing else works until then", async () => {
    const admin = await actorOf("admin");
    const username = uniqueName();
    expect(await fieldError(createUser(admin, { username, displayName: "张三", role: "LEADER", password: "short" }))).toHaveProperty("password");
    expect(await fieldError(createUser(admin, { username, displayName: "张三", role: "LEADER", password: "alllowercase1" }))).toHaveProperty("password");
    const user = await createUser(admin, { username, displayName: "张三", role: "LEADER", password: "Initial#2026" }, "10.0.0.1");
    expect(user.mustChangePassword).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.create", entityId: String(user.id), actorName: "admin" } })).toBe(1);
    expect(await fieldError(createUser(admin, { username, displayName: "重名", role: "LEADER", password: "Initial#2026" }))).toEqual({ username: "用户名已被使用" });

    const { actor, sessionId } = await signIn(username, "Initial#2026");
    expect(actor.mustChangePassword).toBe(true);
    const cookie = await sessionCookie(username);
    const refused = await getMe(apiRequest("/api/v1/me", { cookie }), noParams);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toBe("请先修改初始密码。");

    expect(await fieldError(changePassword(actor, { current: "Initial#2026", next: "Initial#2026", confirm: "Initial#2026" }, sessionId))).toEqual({ next: "不能使用最近 5 次使用过的密码" });
    expect(await fieldError(changePassword(actor, { current: "nope", next: "Better#2026", confirm: "Better#2026" }, sessionId))).toEqual({ current: "当前密码不正确" });
    expect(await fieldError(changePassword(actor, { current: "Initial#2026", next: "Better#2026", confirm: "Better#2027" }, sessionId))).toEqual({ confirm: "两次输入的新密码不一致" });
    await changePassword(actor, { current: "Initial#2026", next: "Better#2026", confirm: "Better#2026" }, sessionId);
    // This session goes on without the flag; the other one (the cookie's) was ended by the change.
    expect((await sessionActor(sessionId, user.id))?.mustChangePassword).toBe(false);
    expect((await getMe(apiRequest("/api/v1/me", { cookie }), noParams)).status).toBe(401);
    expect((await getMe(apiRequest("/api/v1/me", { cookie: await sessionCookie(username) }), noParams)).status).toBe(200);
  });

  it("refuses any of the last five passwords and allows the sixth-oldest again", async () => {
    const admin = await actorOf("admin");
    const username = uniqueName();
    await createUser(admin, { username, displayName: "李四", role: "LEADER", password: "Pass#0000" });
    const actor = (await loadActor((await db.user.findUniqueOrThrow({ where: { username } })).id))!;
    for (let i = 1; i <= 5; i++) await changePassword(actor, { current: `Pass#000${i - 1}`, next: `Pass#000${i}`, confirm: `Pass#000${i}` }, undefined);
    for (const old of ["Pass#0001", "Pass#0002", "Pass#0003", "Pass#0004"]) {
      expect(await fieldError(changePassword(actor, { current: "Pass#0005", next: old, confirm: old }, undefined))).toHaveProperty("next");
    }
    await changePassword(actor, { current: "Pass#0005", next: "Pass#0000", confirm: "Pass#0000" }, undefined);
    await signIn(username, "Pass#0000");
  });

  it("checks the organization fits the role, and claims the version: a stale edit is 409", async () => {
    const admin = await actorOf("admin");
    const bank1 = await actorOf("bank1");
    const owner = await actorOf("owner");
    const username = uniqueName();
    expect(await fieldError(createUser(admin, { username, displayName: "王五", role: "BANK", password: "Initial#2026" }))).toHaveProperty("organizationId");
    expect(await fieldError(createUser(admin, { username, displayName: "王五", role: "BANK", organizationId: owner.organizationId, password: "Initial#2026" }))).toHaveProperty("organizationId");
    const user = await createUser(admin, { username, displayName: "王五", role: "BANK", organizationId: bank1.organizationId, password: "Initial#2026" });
    const edited = await updateUser(admin, user.id, { version: user.version, displayName: "王五（信贷）", role: "BANK", organizationId: bank1.organizationId });
    expect(edited.version).toBe(user.version + 1);
    await expect(updateUser(admin, user.id, { version: user.version, displayName: "过期的修改", role: "BANK", organizationId: bank1.organizationId })).rejects.toBeInstanceOf(ConflictError);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("王五（信贷）");
  });

  it("is for administrators only", async () => {
    for (const who of ["staff", "bank1", "leader", "owner"] as const) {
      await expect(createUser(await actorOf(who), { username: uniqueName(), displayName: "x", role: "LEADER", password: "Initial#2026" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("disabling stops the account's sessions and API tokens at once; resetting the password ends its sessions and forces a change", async () => {
    const admin = await actorOf("admin");
    const username = uniqueName();
    const user = await createUser(admin, { username, displayName: "赵六", role: "LEADER", password: "Initial#2026" });
    const { actor, sessionId } = await signIn(username, "Initial#2026");
    await changePassword(actor, { current: "Initial#2026", next: "Mine#2026x", confirm: "Mine#2026x" }, sessionId);
    const { token } = await createApiToken((await loadActor(user.id))!, { name: "系统对接" });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await getMe(apiRequest("/api/v1/me", { headers: bearer }), noParams)).status).toBe(200);

    let version = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;
    await expect(setUserActive(admin, admin.id, false, { version: (await db.user.findUniqueOrThrow({ where: { id: admin.id } })).version })).rejects.toThrow("不能停用自己的账户");
    await setUserActive(admin, user.id, false, { version });
    expect(await sessionActor(sessionId, user.id)).toBeNull();
    expect((await getMe(apiRequest("/api/v1/me", { headers: bearer }), noParams)).status).toBe(401);
    expect(await authenticate({ username, password: "Mine#2026x" }, "10.7.0.1")).toEqual({ refused: "FAILED" });

    version = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;
    await setUserActive(admin, user.id, true, { version });
    expect((await getMe(apiRequest("/api/v1/me", { headers: bearer }), noParams)).status).toBe(200);
    const again = await signIn(username, "Mine#2026x");
    version = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;
    await resetUserPassword(admin, user.id, { version, password: "Temp#2026x" });
    expect(await sessionActor(again.sessionId, user.id)).toBeNull();
    expect((await signIn(username, "Temp#2026x")).actor.mustChangePassword).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { entity: "User", entityId: String(user.id), actorName: "admin" }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["user.create", "user.disable", "user.enable", "user.resetPassword"]));
  });
});

describe("personal API tokens", () => {
  it("act with the user's own role and scope, are stored only as a digest, and stop when revoked or expired", async () => {
    const bank2 = await actorOf("bank2");
    const created = await createApiToken(bank2, { name: "信贷系统", days: "30" }, "10.0.0.2");
    expect(created.token).toMatch(/^cfp_/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token);
    expect(JSON.stringify(await db.apiToken.findMany())).not.toContain(created.token);
    expect(JSON.stringify(await listApiTokens(bank2))).not.toContain(row.tokenHash);

    const headers = { authorization: `Bearer ${created.token}` };
    const me = await (await getMe(apiRequest("/api/v1/me", { headers }), noParams)).json();
    expect(me.username).toBe("bank2");
    const pushes = (await (await getPushes(apiRequest("/api/v1/pushes?pageSize=200", { headers }), noParams)).json()).items;
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((p: { institution: { id: number } }) => p.institution.id === bank2.organizationId)).toBe(true);

    await expect(revokeApiToken(await actorOf("bank1"), created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await tokenActor(created.token, new Date(Date.now() + 31 * 86_400_000))).toBeNull();
    await revokeApiToken(bank2, created.id);
    expect((await getMe(apiRequest("/api/v1/me", { headers }), noParams)).status).toBe(401);
    expect((await getMe(apiRequest("/api/v1/me", { headers: { authorization: "Bearer cfp_forged" } }), noParams)).status).toBe(401);
    expect(await db.auditLog.count({ where: { entity: "ApiToken", entityId: String(created.id) } })).toBe(2);
    expect(await fieldError(createApiToken(bank2, { name: "", days: "400" }))).toEqual({ name: expect.any(String), days: "有效期须为 1–365 天" });
  });
});
