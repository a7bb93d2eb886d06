// Monthly progress reports: filing one (with its problems) and reading them back. One report per
// project and month: a second one is refused (409) and nothing is written.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { checkDueDate, checkReport, defaultCumulative, periodLabel, type Period } from "@/lib/domain/dispatch";
import { dayToDate } from "@/lib/domain/calendar";
import { formatDateTime } from "@/lib/domain/format";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { reportInput, reportListQuery } from "@/lib/validation/dispatch";
import { audit } from "../audit";
import { projectFor } from "../projects/access";
import {
  afterPeriod, beforePeriod, fieldError, isUniqueViolation, projectRef, projectRefSelect, resolvePeriod, scopedProjects, withLabel,
} from "./shared";

export const REPORT_LIST_LIMIT = 500;
const NOT_IN_LIBRARY = "只有已入库的项目参加月度调度，该项目尚未入库或已出库。";

const figures = { year: true, month: true, investmentMonth: true, investmentCumulative: true, physicalProgress: true } as const;

/** The reports just before and after a period: what a new report must fit between. */
async function neighbours(tx: Tx | typeof db, projectId: number, p: Period) {
  const [previous, next] = await Promise.all([
    tx.progressReport.findFirst({ where: { projectId, ...beforePeriod(p) }, orderBy: [{ year: "desc" }, { month: "desc" }], select: figures }),
    tx.progressReport.findFirst({ where: { projectId, ...afterPeriod(p) }, orderBy: [{ year: "asc" }, { month: "asc" }], select: figures }),
  ]);
  return { previous, next };
}

function duplicateMessage(p: Period, existing: { createdAt: Date; filedBy: { displayName: string } } | null): string {
  const by = existing ? `（${existing.filedBy.displayName} 于 ${formatDateTime(existing.createdAt)} 填报）` : "";
  return `该项目${periodLabel(p)}的调度报告已经填报${by}，每个项目每月只能填报一次。`;
}

/** Files a project's report for a month, with zero or more problems, in one transaction. */
export async function fileReport(actor: Actor, input: unknown, ip: string | null = null, now = new Date()) {
  if (!can(actor, "report.file")) throw new ForbiddenError();
  const data = parseInput(reportInput, input);
  const period = resolvePeriod(data, now);
  const dueIssues = data.problems.flatMap((p, i) => {
    const message = checkDueDate(p.dueDate, now);
    return message ? [{ path: `problems.${i}.dueDate`, message }] : [];
  });
  if (dueIssues.length) throw new ValidationError(m.errors.validation, { fields: dueIssues });
  try {
    return await db.$transaction(async (tx) => {
      const project = await projectFor(actor, "report.file", data.projectId, tx);
      if (project.reviewStatus !== "IN_LIBRARY") throw new ForbiddenError(NOT_IN_LIBRARY);
      const existing = await tx.progressReport.findUnique({
        where: { projectId_year_month: { projectId: project.id, year: period.year, month: period.month } },
        select: { createdAt: true, filedBy: { select: { displayName: true } } },
      });
      if (existing) throw new ConflictError(duplicateMessage(period, existing));
      const { previous, next } = await neighbours(tx, project.id, period);
      const cumulative = data.investmentCumulative ?? defaultCumulative(period, data.investmentMonth, previous);
      if (cumulative === null) throw fieldError("investmentCumulative", "请填写累计完成投资（没有上月报告，无法自动计算）");
      const report = { investmentMonth: data.investmentMonth, investmentCumulative: cumulative, physicalProgress: data.physicalProgress };
      const issues = checkReport(period, report, previous, next);
      if (issues.length) throw new ValidationError(m.errors.validation, { fields: issues });

      const created = await tx.progressReport.create({
        data: { projectId: project.id, year: period.year, month: period.month, ...report, narrative: data.narrative, filedById: actor.id },
      });
      const problemIds: number[] = [];
      for (const p of data.problems) {
        const problem = await tx.problem.create({
          data: { projectId: project.id, reportId: created.id, description: p.description, category: p.category, department: p.department, dueDate: dayToDate(p.dueDate) },
        });
        problemIds.push(problem.id);
      }
      await audit(tx, actor, {
        action: "report.file", entity: "ProgressReport", entityId: created.id,
        after: { projectId: project.id, period: periodLabel(period), ...report, narrative: data.narrative, problems: data.problems },
        detail: `${project.code} ${project.name} ${periodLabel(period)}`, ip,
      });
      return { id: created.id, projectId: project.id, year: period.year, month: period.month, investmentCumulative: cumulative, problemIds };
    });
  } catch (e) {
    // Two people filing the same month at once: the unique index decides, the loser is told why.
    if (isUniqueViolation(e)) throw new ConflictError(duplicateMessage(period, null));
    throw e;
  }
}

const reportInclude = {
  project: { select: projectRefSelect },
  filedBy: { select: { displayName: true } },
  problems: { select: { id: true, description: true, category: true, status: true }, orderBy: { id: "asc" } },
} as const;

/** Reports of a period (default: the current month), or every report of one project. */
export async function listReports(actor: Actor, query: unknown = {}, now = new Date()) {
  const scope = await scopedProjects(actor);
  const q = parseInput(reportListQuery, query);
  const period = q.year === undefined && q.projectId !== undefined ? null : resolvePeriod(q, now);
  const where = {
    project: scope,
    ...(period ? { year: period.year, month: period.month } : {}),
    ...(q.projectId !== undefined ? { projectId: q.projectId } : {}),
  };
  const [total, rows] = await Promise.all([
    db.progressReport.count({ where }),
    db.progressReport.findMany({ where, include: reportInclude, orderBy: [{ year: "desc" }, { month: "desc" }, { project: { code: "asc" } }], take: REPORT_LIST_LIMIT }),
  ]);
  return {
    period: period ? withLabel(period) : null,
    total,
    items: rows.map((r) => ({
      id: r.id, project: projectRef(r.project), year: r.year, month: r.month,
      investmentMonth: r.investmentMonth, investmentCumulative: r.investmentCumulative, physicalProgress: r.physicalProgress,
      narrative: r.narrative, filedBy: r.filedBy.displayName, createdAt: r.createdAt, updatedAt: r.updatedAt, problems: r.problems,
    })),
  };
}

/**
 * What the filing form needs: the project (if the actor may file for it), the period, the report
 * before it, and whether the month is already filed.
 */
export async function filingContext(actor: Actor, projectId: number, query: unknown, now = new Date()) {
  const project = await projectFor(actor, "report.file", projectId);
  const period = resolvePeriod(parseInput(reportListQuery, { ...(query as object), projectId }), now);
  const [{ previous, next }, existing] = await Promise.all([
    neighbours(db, projectId, period),
    db.progressReport.findUnique({
      where: { projectId_year_month: { projectId, year: period.year, month: period.month } },
      select: { id: true, createdAt: true, filedBy: { select: { displayName: true } } },
    }),
  ]);
  const owner = await db.organization.findUniqueOrThrow({ where: { id: project.ownerOrgId }, select: { name: true } });
  return {
    project: { id: project.id, code: project.code, name: project.name, owner: owner.name, reviewStatus: project.reviewStatus, stage: project.stage },
    period: withLabel(period),
    previous: previous ? { ...withLabel(previous), investmentCumulative: previous.investmentCumulative, physicalProgress: previous.physicalProgress } : null,
    /** The previous report is last month's: the cumulative can be left blank. */
    cumulativeOptional: defaultCumulative(period, 0n, previous) !== null,
    next: next ? withLabel(next) : null,
    /** Why this month cannot be filed for this project, if it cannot. */
    blocked: project.reviewStatus !== "IN_LIBRARY" ? NOT_IN_LIBRARY : existing ? duplicateMessage(period, existing) : null,
  };
}
