// What every dispatch use case shares: the caller's project scope, the period asked for, and how
// a project is named in answers.
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/policy";
import { currentPeriod, isOpenPeriod, periodLabel, type Period } from "@/lib/domain/dispatch";
import { ValidationError } from "@/lib/errors";
import { projectWhere, regionFilter } from "../scope";

/** Projects whose reports and problems the actor may see (or file, for "report.file"). */
export async function scopedProjects(actor: Actor, action: Action = "report.read"): Promise<object> {
  return projectWhere(actor, action, await regionFilter(actor));
}

export function fieldError(path: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path, message }] });
}

/** The period a query names, or the current month; future months are refused. */
export function resolvePeriod(q: { year?: number; month?: number }, now: Date): Period {
  const period = q.year !== undefined && q.month !== undefined ? { year: q.year, month: q.month } : currentPeriod(now);
  if (!isOpenPeriod(period, now)) throw fieldError("month", `${periodLabel(period)}尚未到来或早于系统启用时间，请选择 ${periodLabel(currentPeriod(now))} 及以前的月份`);
  return period;
}

export const withLabel = (p: Period) => ({ year: p.year, month: p.month, label: periodLabel(p) });

/** Periods strictly before / after `p`, as Prisma filters on (year, month). */
export const beforePeriod = (p: Period) => ({ OR: [{ year: { lt: p.year } }, { year: p.year, month: { lt: p.month } }] });
export const afterPeriod = (p: Period) => ({ OR: [{ year: { gt: p.year } }, { year: p.year, month: { gt: p.month } }] });

export const projectRefSelect = {
  id: true, code: true, name: true, stage: true,
  ownerOrg: { select: { name: true } },
  region: { select: { name: true } },
} as const;

export function projectRef(p: { id: number; code: string; name: string; ownerOrg: { name: string }; region: { name: string } }) {
  return { id: p.id, code: p.code, name: p.name, owner: p.ownerOrg.name, district: p.region.name };
}

export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}
