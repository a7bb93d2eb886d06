// Announcing late answers: when a push passes its deadline unanswered, the bank and the bureau
// user who sent it each get one notice. Run by the server's timer and whenever the response
// board opens; each push is claimed once, so overlapping runs never announce it twice.
import { db } from "@/lib/db/client";
import { dueDay } from "@/lib/domain/push-workflow";
import { audit } from "./audit";
import { notifyOrganization } from "./notify";

const SYSTEM = { id: null, username: "system" } as const;
// Small batches: on SQLite every request waits while a batch commits, and a backlog of thousands
// (after an outage of the timer, say) must not hold the database for seconds at a time.
const BATCH = 50;

/** Announces every push that is overdue and not yet announced; returns how many it announced. */
export async function announceOverduePushes(now = new Date()): Promise<number> {
  let announced = 0;
  for (;;) {
    const due = await db.push.findMany({
      where: { status: "PENDING", dueAt: { lt: now }, overdueNotifiedAt: null },
      orderBy: { id: "asc" }, take: BATCH,
      select: { id: true, dueAt: true, senderId: true, institutionId: true, project: { select: { id: true, name: true } }, institution: { select: { name: true } } },
    });
    if (!due.length) return announced;
    await db.$transaction(async (tx) => {
      for (const push of due) {
        const claimed = await tx.push.updateMany({ where: { id: push.id, status: "PENDING", overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } });
        if (!claimed.count) continue;
        const day = dueDay(push.dueAt);
        await notifyOrganization(tx, push.institutionId, {
          kind: "OVERDUE", title: `推送答复已逾期：${push.project.name}`, body: `答复期限 ${day} 已过，请尽快答复。`, link: `/bank/projects/${push.project.id}`,
        });
        const sender = await tx.user.findUnique({ where: { id: push.senderId }, select: { active: true } });
        if (sender?.active) {
          await tx.notification.create({
            data: {
              userId: push.senderId, kind: "OVERDUE", title: `${push.institution.name}逾期未答复：${push.project.name}`,
              body: `答复期限 ${day}。`, link: `/pushes?overdue=1&institutionId=${push.institutionId}`,
            },
          });
        }
        await audit(tx, SYSTEM, { action: "push.overdue", entity: "Push", entityId: push.id, after: { dueAt: push.dueAt, overdueNotifiedAt: now } });
        announced++;
      }
    });
  }
}
