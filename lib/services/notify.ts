// In-app notifications, written in the same transaction as the event they announce.
import type { Tx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/sqlite/enums";

export interface Notice {
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string;
}

/** Every active user of an organization (a project owner, a bank) gets the notice. */
export async function notifyOrganization(tx: Tx, organizationId: number, notice: Notice): Promise<number> {
  const users = await tx.user.findMany({ where: { organizationId, active: true }, select: { id: true } });
  if (users.length) await tx.notification.createMany({ data: users.map((u) => ({ userId: u.id, ...notice })) });
  return users.length;
}

/** Every active bureau user (staff and administrators) gets the notice. */
export async function notifyBureau(tx: Tx, notice: Notice): Promise<number> {
  const users = await tx.user.findMany({ where: { role: { in: ["BUREAU_STAFF", "BUREAU_ADMIN"] }, active: true }, select: { id: true } });
  if (users.length) await tx.notification.createMany({ data: users.map((u) => ({ userId: u.id, ...notice })) });
  return users.length;
}
