// The inbox: every signed-in user reads and clears only their own notices.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { parseInput } from "@/lib/validation/parse";
import { notificationListQuery, notificationReadInput } from "@/lib/validation/notifications";

export async function unreadCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export async function listNotifications(actor: Actor, query: unknown = {}) {
  authorize(actor, "notification.read");
  const q = parseInput(notificationListQuery, query ?? {});
  const where = { userId: actor.id, ...(q.unread === "true" ? { readAt: null } : {}), ...(q.kind ? { kind: q.kind } : {}) };
  const [total, unread, items] = await Promise.all([
    db.notification.count({ where }),
    unreadCount(actor),
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  return {
    total, unread, page: q.page, pageSize: q.pageSize,
    items: items.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt, read: n.readAt !== null })),
  };
}

/** Marks the given notices (or all) read; another user's ids are simply not touched. */
export async function markRead(actor: Actor, input: unknown, now = new Date()) {
  authorize(actor, "notification.read");
  const { ids } = parseInput(notificationReadInput, input ?? {});
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: now } });
  return { marked: count };
}
