// The problem list (问题清单): problems raised in reports or added later, followed up by the
// bureau until closed (销号) with their resolution; closing one tells the project owner.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { checkDueDate, daysOverdue, isOverdue, overdueCutoff } from "@/lib/domain/dispatch";
import { dayToDate } from "@/lib/domain/calendar";
import { formatDate, formatDateTime } from "@/lib/domain/format";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { problemCloseInput, problemCreateInput, problemListQuery, type ProblemListQuery } from "@/lib/validation/dispatch";
import { audit } from "../audit";
import { notifyOrganization } from "../notify";
import { projectFor } from "../projects/access";
import { fieldError, projectRef, projectRefSelect, scopedProjects } from "./shared";

type ProblemWhere = NonNullable<Parameters<typeof db.problem.findMany>[0]>["where"];

export const problemInclude = {
  project: { select: projectRefSelect },
  closedBy: { select: { displayName: true } },
} as const;

type ProblemRow = Awaited<ReturnType<typeof db.problem.findMany<{ include: typeof problemInclude }>>>[number];

export function shapeProblem(p: ProblemRow, now: Date) {
  return {
    id: p.id, project: projectRef(p.project), reportId: p.reportId, description: p.description, category: p.category,
    department: p.department, dueDate: formatDate(p.dueDate), status: p.status, overdue: isOverdue(p, now), daysOverdue: daysOverdue(p, now),
    resolution: p.resolution, closedAt: p.closedAt, closedBy: p.closedBy?.displayName ?? null, createdAt: p.createdAt,
  };
}

const overdueWhere = (now: Date) => ({ status: "OPEN" as const, dueDate: { lt: overdueCutoff(now) } });

/** Problems in the actor's scope with filters, a page at a time. */
export async function listProblems(actor: Actor, query: unknown = {}, now = new Date()) {
  const q = parseInput(problemListQuery, query);
  const where = await problemWhere(actor, q, now);
  const [total, rows] = await Promise.all([
    db.problem.count({ where }),
    db.problem.findMany({ where, include: problemInclude, orderBy: PROBLEM_ORDER, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
  ]);
  return { total, page: q.page, pageSize: q.pageSize, items: rows.map((r) => shapeProblem(r, now)) };
}

/** Open first (the most overdue on top), then the latest closed. */
export const PROBLEM_ORDER = [{ closedAt: { sort: "desc", nulls: "first" } }, { dueDate: "asc" }, { id: "asc" }] as const satisfies object[];

/** The list's filters as a database filter, within the actor's scope. */
export async function problemWhere(actor: Actor, q: ProblemListQuery, now: Date): Promise<ProblemWhere> {
  const scope = await scopedProjects(actor);
  return {
    AND: [
      { project: scope },
      q.status ? { status: q.status } : {},
      q.category ? { category: q.category } : {},
      q.department ? { department: q.department } : {},
      q.projectId ? { projectId: q.projectId } : {},
      q.overdue === "true" ? overdueWhere(now) : q.overdue === "false" ? { NOT: overdueWhere(now) } : {},
    ],
  } as ProblemWhere;
}

/** Open and overdue problems in the actor's scope, and the departments problems are assigned to. */
export async function problemOverview(actor: Actor, now = new Date()) {
  const scope = await scopedProjects(actor);
  const [open, overdue, departments] = await Promise.all([
    db.problem.count({ where: { project: scope, status: "OPEN" } as ProblemWhere }),
    db.problem.count({ where: { project: scope, ...overdueWhere(now) } as ProblemWhere }),
    db.problem.findMany({ where: { project: scope } as ProblemWhere, distinct: ["department"], select: { department: true }, orderBy: { department: "asc" } }),
  ]);
  return { open, overdue, departments: departments.map((d) => d.department) };
}

/** 销号: the bureau closes a problem with how it was resolved; the owner organization is told. */
export async function closeProblem(actor: Actor, id: number, input: unknown, ip: string | null = null, now = new Date()) {
  if (!can(actor, "problem.close")) throw new ForbiddenError();
  const { resolution } = parseInput(problemCloseInput, input);
  return db.$transaction(async (tx) => {
    const problem = await tx.problem.findUnique({ where: { id }, include: { closedBy: { select: { displayName: true } } } });
    if (!problem) throw new NotFoundError("该问题不存在或不在您的管辖范围内");
    const project = await projectFor(actor, "problem.close", problem.projectId, tx);
    if (problem.status === "CLOSED") {
      throw new ConflictError(`该问题已于 ${formatDateTime(problem.closedAt)} 由 ${problem.closedBy?.displayName ?? "他人"} 销号，无需重复销号。`);
    }
    // The status in the WHERE makes check and write one step: of two people closing at once, one wins.
    const written = await tx.problem.updateMany({ where: { id, status: "OPEN" }, data: { status: "CLOSED", resolution, closedAt: now, closedById: actor.id } });
    if (written.count === 0) throw new ConflictError("该问题刚刚已被他人销号，请刷新后查看。");
    await audit(tx, actor, {
      action: "problem.close", entity: "Problem", entityId: id,
      before: { status: "OPEN" }, after: { status: "CLOSED", resolution }, detail: `${project.code} ${problem.description}`, ip,
    });
    await notifyOrganization(tx, project.ownerOrgId, {
      kind: "PROBLEM",
      title: `项目「${project.name}」的问题已销号`,
      body: `${problem.description}\n${m.dispatch.resolution}：${resolution}`,
      link: `/dispatch?projectId=${project.id}`,
    });
    return { id, status: "CLOSED" as const, resolution, closedAt: now, closedBy: actor.displayName };
  });
}

/** A problem raised between reports (or added to one already filed). */
export async function addProblem(actor: Actor, input: unknown, ip: string | null = null, now = new Date()) {
  if (!can(actor, "report.file")) throw new ForbiddenError();
  const data = parseInput(problemCreateInput, input);
  const late = checkDueDate(data.dueDate, now);
  if (late) throw fieldError("dueDate", late);
  return db.$transaction(async (tx) => {
    const project = await projectFor(actor, "report.file", data.projectId, tx);
    if (data.reportId !== undefined) {
      const report = await tx.progressReport.findUnique({ where: { id: data.reportId }, select: { projectId: true } });
      if (!report || report.projectId !== project.id) throw fieldError("reportId", "该调度报告不属于所选项目");
    }
    const created = await tx.problem.create({
      data: {
        projectId: project.id, reportId: data.reportId ?? null, description: data.description, category: data.category,
        department: data.department, dueDate: dayToDate(data.dueDate),
      },
      include: problemInclude,
    });
    await audit(tx, actor, { action: "problem.create", entity: "Problem", entityId: created.id, after: { ...data, projectId: project.id }, ip });
    return shapeProblem(created, now);
  });
}
