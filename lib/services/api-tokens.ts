// Personal API tokens for /api/v1 (a bank's systems call with one): created and revoked by their
// owner, kept only as a SHA-256 digest, with an expiry; a token acts with its user's own role and
// scope and stops working the moment the user is disabled.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { apiTokenInput } from "@/lib/validation/account";
import { audit } from "./audit";
import { actorSelect } from "./sessions";

const PREFIX = "cfp_";
const DAY = 86_400_000;
const TOUCH_EVERY_MS = 60_000;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createApiToken(actor: Actor, input: unknown, ip: string | null = null, now = new Date()) {
  const data = parseInput(apiTokenInput, input);
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + data.days * DAY);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data: { userId: actor.id, name: data.name, prefix: token.slice(0, 12), tokenHash: digest(token), createdAt: now, expiresAt } });
    await audit(tx, actor, { action: "token.create", entity: "ApiToken", entityId: created.id, after: { name: data.name, prefix: created.prefix, expiresAt }, ip });
    return created;
  });
  return { id: row.id, name: row.name, prefix: row.prefix, expiresAt, token };
}

export async function listApiTokens(actor: Actor, now = new Date()) {
  const rows = await db.apiToken.findMany({ where: { userId: actor.id }, orderBy: { id: "desc" } });
  return rows.map(({ tokenHash: _h, userId: _u, ...r }) => ({ ...r, status: r.revokedAt ? "revoked" as const : r.expiresAt <= now ? "expired" as const : "active" as const }));
}

/** Only the token's owner revokes it; anyone else's token is 404. */
export async function revokeApiToken(actor: Actor, id: number, ip: string | null = null, now = new Date()) {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id, userId: actor.id } });
    if (!token) throw new NotFoundError("未找到该令牌。");
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await audit(tx, actor, { action: "token.revoke", entity: "ApiToken", entityId: id, before: { name: token.name, prefix: token.prefix }, ip });
  });
}

/** The actor a bearer token stands for, or null (unknown, revoked, expired, user disabled). */
export async function tokenActor(token: string, now = new Date()): Promise<{ actor: Actor; tokenId: number } | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: digest(token) }, include: { user: { select: { ...actorSelect, active: true } } } });
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { active: _a, ...actor } = row.user;
  return { actor, tokenId: row.id };
}
