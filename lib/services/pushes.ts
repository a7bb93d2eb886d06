// Pushes of projects to institutions: a bank sees only those to its own institution.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { institutionWhere } from "./scope";

export async function listPushes(actor: Actor, now = new Date()) {
  const rows = await db.push.findMany({
    where: institutionWhere(actor, "push.read"),
    orderBy: [{ createdAt: "desc" }],
    include: {
      institution: { select: { name: true } },
      project: { select: { id: true, code: true, name: true, financingNeed: true, gapAmount: true, category: { select: { name: true } }, region: { select: { name: true } } } },
    },
  });
  return rows.map((p) => ({
    id: p.id, status: p.status, message: p.message, createdAt: p.createdAt, dueAt: p.dueAt,
    overdue: p.status === "PENDING" && p.dueAt < now,
    institution: p.institution.name,
    project: { id: p.project.id, code: p.project.code, name: p.project.name, category: p.project.category.name, district: p.project.region.name,
      financingNeed: p.project.financingNeed, gapAmount: p.project.gapAmount },
  }));
}

/** A bank's own pipeline: how many of its pushes stand at each status. */
export async function pushPipeline(actor: Actor) {
  const rows = await db.push.groupBy({ by: ["status"], where: institutionWhere(actor, "push.read"), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<string, number>>;
}
