// Browsing the audit trail (administrators). The trail is append-only: nothing here or
// anywhere else in the application edits or deletes an entry.
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { pagingSchema } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";

const blank = (v: unknown) => (v === "" ? undefined : v);
const day = z.preprocess(blank, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD").optional());

export const auditQuery = pagingSchema.extend({
  actor: z.preprocess(blank, z.string().trim().max(64).optional()),
  action: z.preprocess(blank, z.string().trim().max(64).optional()),
  entity: z.preprocess(blank, z.string().trim().max(64).optional()),
  entityId: z.preprocess(blank, z.string().trim().max(64).optional()),
  from: day,
  to: day,
});

export async function listAudit(actor: Actor, input: unknown) {
  authorize(actor, "audit.read");
  const q = parseInput(auditQuery, input ?? {});
  // Dates are days in China Standard Time (UTC+8).
  const at = {
    ...(q.from ? { gte: new Date(`${q.from}T00:00:00+08:00`) } : {}),
    ...(q.to ? { lt: new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
  };
  const where = {
    ...(q.actor ? { actorName: { contains: q.actor } } : {}),
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.entity ? { entity: q.entity } : {}),
    ...(q.entityId ? { entityId: q.entityId } : {}),
    ...(q.from || q.to ? { at } : {}),
  };
  const [total, rows, actions] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
  ]);
  return { total, page: q.page, pageSize: q.pageSize, rows, actions: actions.map((a) => a.action) };
}
