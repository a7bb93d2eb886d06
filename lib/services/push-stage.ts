// Project.pushStage caches how far the project got with the banks it was pushed to (the cockpit's
// funnel, lib/domain/cockpit/definitions.ts), so that the funnel counts project rows instead of
// joining every push. Every write that creates a push or changes its answer refreshes it here, in
// its own transaction.
import type { Tx } from "@/lib/db/client";
import { furthestPushStage, type PushStage } from "@/lib/domain/cockpit/definitions";

export async function refreshPushStage(tx: Tx, projectId: number): Promise<PushStage> {
  // Locking the row before reading the pushes (PostgreSQL): of two answers to different pushes of
  // one project at once, the later writer waits here and then reads the earlier one's answer too.
  await tx.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { id: true } });
  const pushes = await tx.push.findMany({ where: { projectId }, select: { status: true } });
  const stage = furthestPushStage(pushes.map((p) => p.status));
  await tx.project.update({ where: { id: projectId }, data: { pushStage: stage } });
  return stage;
}
