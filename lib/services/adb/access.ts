// Loads one ADB sub-project for an action, or refuses: out of the actor's region scope is 404.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Action } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";

export async function subProjectFor(actor: Actor, action: Action, id: number, tx: Tx | typeof db = db) {
  const sub = await tx.adbSubProject.findUnique({
    where: { id },
    include: { region: { select: { id: true, name: true, parentId: true, parent: { select: { parentId: true } } } } },
  });
  if (!sub) throw new NotFoundError("未找到该亚行贷款子项目。");
  const r = sub.region;
  authorize(actor, action, { regionPath: r ? [r.id, r.parentId, r.parent?.parentId] : undefined });
  return sub;
}
