// The append-only audit trail. Writes go through the same transaction as the change they record.
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { toJsonValue } from "@/lib/json";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  detail?: string;
  ip?: string | null;
}

type AuditActor = Pick<Actor, "id" | "username"> | { id: null; username: string };

export async function audit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorName: actor.username,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      before: entry.before === undefined ? undefined : (toJsonValue(entry.before) as object),
      after: entry.after === undefined ? undefined : (toJsonValue(entry.after) as object),
      detail: entry.detail,
      ip: entry.ip ?? null,
    },
  });
}
