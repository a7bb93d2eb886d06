// Pushes of projects to institutions, as lists and as the bureau's response board. A bank sees
// only pushes to its own institution; the bureau and leaders those in their region.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { listScope } from "@/lib/auth/policy";
import { dueDay } from "@/lib/domain/push-workflow";
import { parseInput } from "@/lib/validation/parse";
import { pushListQuery } from "@/lib/validation/pushes";
import { institutionWhere, regionWhere } from "./scope";

type PushStatus = "PENDING" | "INTERESTED" | "DUE_DILIGENCE" | "APPROVED" | "DISBURSED" | "DECLINED";

function pushScope(actor: Actor): object {
  const own = institutionWhere(actor, "push.read");
  return listScope(actor, "push.read").kind === "all" ? { AND: [own, { project: regionWhere(actor) }] } : own;
}

const overdueWhere = (now: Date) => ({ status: "PENDING" as const, dueAt: { lt: now } });

export async function listPushes(actor: Actor, query: unknown = {}, now = new Date()) {
  const q = parseInput(pushListQuery, query ?? {});
  const institutionId = listScope(actor, "push.read").kind === "institution" ? undefined : q.institutionId;
  const where = {
    AND: [
      pushScope(actor),
      institutionId !== undefined ? { institutionId } : {},
      q.projectId !== undefined ? { projectId: q.projectId } : {},
      q.status ? { status: q.status } : {},
      q.overdue ? overdueWhere(now) : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.push.count({ where }),
    db.push.findMany({
      where,
      // Among late answers, the longest late come first: those are what the bureau chases.
      orderBy: q.overdue ? [{ dueAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      include: {
        institution: { select: { id: true, name: true } },
        project: { select: { id: true, code: true, name: true, financingNeed: true, gapAmount: true, category: { select: { name: true } }, region: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    total, page: q.page, pageSize: q.pageSize,
    items: rows.map((p) => ({
      id: p.id, status: p.status, message: p.message, createdAt: p.createdAt, dueAt: p.dueAt, dueDay: dueDay(p.dueAt), respondedAt: p.respondedAt,
      overdue: p.status === "PENDING" && p.dueAt < now,
      institution: p.institution,
      project: {
        id: p.project.id, code: p.project.code, name: p.project.name, category: p.project.category.name, district: p.project.region.name,
        financingNeed: p.project.financingNeed, gapAmount: p.project.gapAmount,
      },
    })),
  };
}

/** A bank's own pipeline: how many of its pushes stand at each status. */
export async function pushPipeline(actor: Actor) {
  const rows = await db.push.groupBy({ by: ["status"], where: pushScope(actor), _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Partial<Record<PushStatus, number>>;
}

/**
 * The bureau's response board: per institution, how many pushes it has answered, how many wait,
 * how many are past their deadline (and since when), and how many were answered late.
 */
export async function pushBoard(actor: Actor, now = new Date()) {
  const scope = pushScope(actor);
  const [byStatus, overdue, late] = await Promise.all([
    db.push.groupBy({ by: ["institutionId", "status"], where: scope, _count: { _all: true } }),
    db.push.groupBy({ by: ["institutionId"], where: { AND: [scope, overdueWhere(now)] }, _count: { _all: true }, _min: { dueAt: true } }),
    db.push.groupBy({ by: ["institutionId"], where: { AND: [scope, { respondedAt: { gt: db.push.fields.dueAt } }] }, _count: { _all: true } }),
  ]);
  const ids = [...new Set(byStatus.map((r) => r.institutionId))];
  const names = new Map((await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  const rows = ids.map((id) => {
    const statuses = Object.fromEntries(byStatus.filter((r) => r.institutionId === id).map((r) => [r.status, r._count._all])) as Partial<Record<PushStatus, number>>;
    const total = Object.values(statuses).reduce((a, n) => a + (n ?? 0), 0);
    const o = overdue.find((r) => r.institutionId === id);
    return {
      institution: { id, name: names.get(id) ?? "" },
      total,
      pending: statuses.PENDING ?? 0,
      answered: total - (statuses.PENDING ?? 0),
      overdue: o?._count._all ?? 0,
      overdueSince: o?._min.dueAt ? dueDay(o._min.dueAt) : null,
      answeredLate: late.find((r) => r.institutionId === id)?._count._all ?? 0,
      statuses,
    };
  });
  rows.sort((a, b) => b.overdue - a.overdue || b.pending - a.pending || a.institution.name.localeCompare(b.institution.name, "zh-CN"));
  const sum = (k: "total" | "pending" | "answered" | "overdue" | "answeredLate") => rows.reduce((a, r) => a + r[k], 0);
  return { rows, totals: { total: sum("total"), pending: sum("pending"), answered: sum("answered"), overdue: sum("overdue"), answeredLate: sum("answeredLate") } };
}
