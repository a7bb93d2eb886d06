// Account administration (administrators only): create, edit role/organization/region, disable
// or enable, reset the password, unlock. Accounts are never deleted, so the audit trail keeps its
// actors. Every edit claims the account's version: two administrators never overwrite each other.
import { db, type Tx } from "@/lib/db/client";
import type { Actor, Role } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import { isInstitutionKind } from "@/lib/domain/instruments";
import { passwordProblem } from "@/lib/domain/sign-in-rules";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { userCreateInput, userResetInput, userUpdateInput, userVersionInput } from "@/lib/validation/account";
import { storePassword } from "./account";
import { audit } from "./audit";
import { revokeSessions } from "./sessions";

const refuse = (path: string, message: string) => new ValidationError(message, { fields: [{ path, message }] });

const SHOWN = { id: true, username: true, displayName: true, role: true, organizationId: true, regionId: true, email: true, phone: true, active: true, mustChangePassword: true, version: true } as const;

export async function listUsers(actor: Actor, now = new Date()) {
  authorize(actor, "user.manage");
  const rows = await db.user.findMany({
    orderBy: [{ role: "asc" }, { username: "asc" }],
    select: { ...SHOWN, lockedUntil: true, lastLoginAt: true, organization: { select: { name: true } }, region: { select: { name: true } } },
  });
  return rows.map((u) => ({ ...u, locked: u.lockedUntil !== null && u.lockedUntil > now }));
}

export async function getUser(actor: Actor, id: number) {
  authorize(actor, "user.manage");
  const user = await db.user.findUnique({ where: { id }, select: { ...SHOWN, lockedUntil: true } });
  if (!user) throw new NotFoundError("未找到该用户。");
  return user;
}

/** A bank user belongs to a financial institution, an owner user to a project owner; bureau users and leaders to no outside organization. */
async function checkOrganization(tx: Tx, role: Role, organizationId: number | undefined) {
  const needs = role === "BANK" || role === "PROJECT_OWNER";
  if (!needs) {
    if (organizationId === undefined) return null;
    const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { kind: true } });
    if (org?.kind !== "BUREAU" && org?.kind !== "GOVERNMENT") throw refuse("organizationId", m.users.orgNotAllowed);
    return organizationId;
  }
  const org = organizationId === undefined ? null : await tx.organization.findUnique({ where: { id: organizationId }, select: { kind: true } });
  const fits = org && (role === "BANK" ? isInstitutionKind(org.kind) : org.kind === "PROJECT_OWNER");
  if (!fits) throw refuse("organizationId", m.users.orgRequired);
  return organizationId!;
}

async function checkRegion(tx: Tx, regionId: number | undefined) {
  if (regionId === undefined) return null;
  if (!(await tx.region.findUnique({ where: { id: regionId }, select: { id: true } }))) throw refuse("regionId", "请选择有效的辖区");
  return regionId;
}

export async function createUser(actor: Actor, input: unknown, ip: string | null = null, now = new Date()) {
  authorize(actor, "user.manage");
  const data = parseInput(userCreateInput, input);
  const weak = passwordProblem(data.password, data.username);
  if (weak) throw refuse("password", weak);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: data.username }, select: { id: true } })) throw refuse("username", m.users.usernameTaken);
    const organizationId = await checkOrganization(tx, data.role, data.organizationId);
    const regionId = await checkRegion(tx, data.regionId);
    const user = await tx.user.create({
      data: {
        username: data.username, displayName: data.displayName, role: data.role, organizationId, regionId, email: data.email ?? null, phone: data.phone ?? null,
        passwordHash: await hashPassword(data.password), passwordChangedAt: now, mustChangePassword: true,
      },
      select: SHOWN,
    });
    await audit(tx, actor, { action: "user.create", entity: "User", entityId: user.id, after: user, ip });
    return user;
  });
}

/** Loads the account and claims its version, or answers 409 with what changed meanwhile. */
async function claim(tx: Tx, id: number, version: number) {
  const before = await tx.user.findUnique({ where: { id }, select: { ...SHOWN, passwordHash: true } });
  if (!before) throw new NotFoundError("未找到该用户。");
  const claimed = await tx.user.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (!claimed.count) throw new ConflictError(undefined, { current: { version: before.version } });
  return before;
}

export async function updateUser(actor: Actor, id: number, input: unknown, ip: string | null = null, now = new Date()) {
  authorize(actor, "user.manage");
  const data = parseInput(userUpdateInput, input);
  return db.$transaction(async (tx) => {
    const { passwordHash: _h, ...before } = await claim(tx, id, data.version);
    const organizationId = await checkOrganization(tx, data.role, data.organizationId);
    const regionId = await checkRegion(tx, data.regionId);
    const after = await tx.user.update({
      where: { id },
      data: { displayName: data.displayName, role: data.role, organizationId, regionId, email: data.email ?? null, phone: data.phone ?? null },
      select: SHOWN,
    });
    // A new role or organization changes what the sessions may see: they start again.
    if (before.role !== after.role || before.organizationId !== after.organizationId || before.regionId !== after.regionId) await revokeSessions(tx, id, now);
    await audit(tx, actor, { action: "user.update", entity: "User", entityId: id, before, after, ip });
    return after;
  });
}

/** Disabling ends the account's sessions and stops its API tokens at once (both check `active`). */
export async function setUserActive(actor: Actor, id: number, active: boolean, input: unknown, ip: string | null = null, now = new Date()) {
  authorize(actor, "user.manage");
  const { version } = parseInput(userVersionInput, input);
  if (!active && id === actor.id) throw new ValidationError(m.users.selfDisable);
  return db.$transaction(async (tx) => {
    await claim(tx, id, version);
    await tx.user.update({ where: { id }, data: { active } });
    if (!active) await revokeSessions(tx, id, now);
    await audit(tx, actor, { action: active ? "user.enable" : "user.disable", entity: "User", entityId: id, ip });
  });
}

/** A temporary password the user must change at the next sign-in; existing sessions end. */
export async function resetUserPassword(actor: Actor, id: number, input: unknown, ip: string | null = null, now = new Date()) {
  authorize(actor, "user.manage");
  const data = parseInput(userResetInput, input);
  return db.$transaction(async (tx) => {
    const user = await claim(tx, id, data.version);
    await storePassword(tx, user, data.password, "password", { mustChange: true, now });
    await audit(tx, actor, { action: "user.resetPassword", entity: "User", entityId: id, ip });
  });
}

export async function unlockUser(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  authorize(actor, "user.manage");
  const { version } = parseInput(userVersionInput, input);
  return db.$transaction(async (tx) => {
    await claim(tx, id, version);
    await tx.user.update({ where: { id }, data: { lockedUntil: null, failedLogins: 0 } });
    await audit(tx, actor, { action: "user.unlock", entity: "User", entityId: id, ip });
  });
}

/** The choices of the user form: organizations with their kind, regions from city down. */
export async function userFormOptions(actor: Actor) {
  authorize(actor, "user.manage");
  const [organizations, regions] = await Promise.all([
    db.organization.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true } }),
    db.region.findMany({ where: { retired: false }, orderBy: [{ level: "asc" }, { sortKey: "asc" }], select: { id: true, name: true } }),
  ]);
  return { organizations, regions };
}
