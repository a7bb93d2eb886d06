// The problem list as a spreadsheet, with the same filters as the page; every export is audited.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { chinaToday } from "@/lib/domain/calendar";
import { formatDateTime } from "@/lib/domain/format";
import { ForbiddenError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { problemListQuery } from "@/lib/validation/dispatch";
import { audit } from "../audit";
import { rowsWorkbook, XLSX_TYPE } from "../projects/workbook";
import { PROBLEM_ORDER, problemInclude, problemWhere, shapeProblem } from "./problems";

export const MAX_EXPORT_PROBLEMS = 20_000;

export async function exportProblems(actor: Actor, input: unknown, ip: string | null = null, now = new Date()) {
  if (!can(actor, "report.read")) throw new ForbiddenError();
  const q = parseInput(problemListQuery, input ?? {});
  const rows = await db.problem.findMany({ where: await problemWhere(actor, q, now), include: problemInclude, orderBy: PROBLEM_ORDER, take: MAX_EXPORT_PROBLEMS });
  const d = m.dispatch;
  const columns = [
    { header: d.projectCode, width: 16 }, { header: d.projectName, width: 36 }, { header: d.owner, width: 30 }, { header: d.district, width: 12 },
    { header: d.problem, width: 50 }, { header: d.category, width: 10 }, { header: d.department, width: 24 }, { header: d.dueDate, width: 12 },
    { header: d.status, width: 10 }, { header: d.overdue, width: 10 }, { header: d.resolution, width: 40 }, { header: d.closedBy, width: 12 }, { header: d.closedAt, width: 18 },
  ];
  const body = await rowsWorkbook(d.sheetProblems, columns, rows.map((r) => {
    const p = shapeProblem(r, now);
    return [
      p.project.code, p.project.name, p.project.owner, p.project.district, p.description, d.categories[p.category], p.department, p.dueDate,
      m.problemStatus[p.status], p.overdue ? d.overdueDays.replace("{n}", String(p.daysOverdue)) : "", p.resolution ?? "", p.closedBy ?? "",
      p.closedAt ? formatDateTime(p.closedAt) : "",
    ];
  }));
  await db.$transaction((tx) => audit(tx, actor, { action: "problem.export", entity: "Problem", ip, detail: `导出 ${rows.length} 个问题（xlsx）`, after: { query: q } }));
  return { body, fileName: `问题清单_${chinaToday(now).replace(/-/g, "")}.xlsx`, contentType: XLSX_TYPE, count: rows.length };
}
