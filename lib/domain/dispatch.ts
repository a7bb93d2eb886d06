// Monthly dispatch (每月一调度): reporting periods in China time, which projects owe a report,
// the consistency checks on a report, and when a problem is overdue. Pure: no I/O.
import { chinaToday, dayToDate } from "./calendar";
import { formatWan } from "./format";
import type { Yuan } from "./money";

export interface Period {
  year: number;
  month: number;
}

/** The period the bureau is collecting reports for: the current calendar month in China. */
export function currentPeriod(now: Date): Period {
  const [year, month] = chinaToday(now).split("-").map(Number);
  return { year, month };
}

/** Months since year 0: periods compare and step as plain integers. */
export function periodIndex(p: Period): number {
  return p.year * 12 + (p.month - 1);
}

export function periodOfIndex(index: number): Period {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function addMonths(p: Period, months: number): Period {
  return periodOfIndex(periodIndex(p) + months);
}

export const previousPeriod = (p: Period): Period => addMonths(p, -1);

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.month === b.month;
}

/** "2026年11月", as the bureau's dispatch sheets title a month. */
export function periodLabel(p: Period): string {
  return `${p.year}年${p.month}月`;
}

/** "2026-11", for URLs and file names. */
export function periodKey(p: Period): string {
  return `${p.year}-${String(p.month).padStart(2, "0")}`;
}

/** The earliest period anyone may file for: dispatch in this product starts with the pilot. */
export const FIRST_PERIOD: Period = { year: 2020, month: 1 };

/** Periods one may look at or file for: from the first period up to the current one (never the future). */
export function isOpenPeriod(p: Period, now: Date): boolean {
  const i = periodIndex(p);
  return i >= periodIndex(FIRST_PERIOD) && i <= periodIndex(currentPeriod(now));
}

/** The current period and the `count - 1` before it, newest first: the period selector. */
export function recentPeriods(now: Date, count: number): Period[] {
  const current = periodIndex(currentPeriod(now));
  return Array.from({ length: count }, (_, k) => periodOfIndex(current - k)).filter((p) => periodIndex(p) >= periodIndex(FIRST_PERIOD));
}

// ---------------------------------------------------------------------------------------------
// Which projects owe a report for a period. This is THE rule; the services build their database
// filter from these constants and tests check the two agree.
//
// 1. Every library project (已入库) under construction (在建) reports every month.
// 2. A library project that has reported in the last REPORTING_LOOKBACK_MONTHS months keeps
//    reporting until it is in operation (建成运营): early works in 前期 count once reporting began.
// 3. A project that has filed for the period counts for it, whatever its state now, so that
//    filed ≤ expected and missing = expected − filed always hold.
// The state is today's (stages have no history), which is what the bureau chases anyway.
// ---------------------------------------------------------------------------------------------

export const REPORTING_STATUS = "IN_LIBRARY";
export const REPORTING_STAGE = "CONSTRUCTION";
export const FINISHED_STAGE = "OPERATING";
export const REPORTING_LOOKBACK_MONTHS = 3;

export interface ReportingCandidate {
  reviewStatus: string;
  stage: string;
  /** Periods the project has filed reports for (only those near the period matter). */
  filed: readonly Period[];
}

/** The periods whose reports keep a project in the dispatch (rule 2): the months before `p`. */
export function lookbackPeriods(p: Period): Period[] {
  return Array.from({ length: REPORTING_LOOKBACK_MONTHS }, (_, k) => addMonths(p, -(k + 1)));
}

export function isExpectedToReport(project: ReportingCandidate, p: Period): boolean {
  if (project.filed.some((f) => samePeriod(f, p))) return true;
  if (project.reviewStatus !== REPORTING_STATUS) return false;
  if (project.stage === REPORTING_STAGE) return true;
  if (project.stage === FINISHED_STAGE) return false;
  const window = lookbackPeriods(p);
  return project.filed.some((f) => window.some((w) => samePeriod(w, f)));
}

// ---------------------------------------------------------------------------------------------
// Checks on a report against the project's neighbouring reports.
// ---------------------------------------------------------------------------------------------

export interface ReportFigures {
  investmentMonth: Yuan;
  investmentCumulative: Yuan;
  physicalProgress: number;
}

export interface NeighbourReport extends ReportFigures, Period {}

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * What the cumulative investment is when it is left blank: the previous month's cumulative plus
 * this month. Without the previous month's report it cannot be known, and must be typed.
 */
export function defaultCumulative(p: Period, investmentMonth: Yuan, previous: NeighbourReport | null): Yuan | null {
  if (!previous || periodIndex(previous) !== periodIndex(p) - 1) return null;
  return previous.investmentCumulative + investmentMonth;
}

/**
 * A report must fit the latest report before it (`previous`) and, when a missed month is filed
 * late, the earliest report after it (`next`):
 * - cumulative ≥ this month; cumulative never falls;
 * - with the previous month's report: cumulative = previous cumulative + this month exactly;
 *   after a gap: cumulative ≥ previous cumulative + this month (the gap months count too);
 * - progress 0–100 and never below an earlier report's, never above a later one's.
 */
export function checkReport(p: Period, r: ReportFigures, previous: NeighbourReport | null, next: NeighbourReport | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const cum = (message: string) => issues.push({ path: "investmentCumulative", message });
  const progress = (message: string) => issues.push({ path: "physicalProgress", message });
  if (!Number.isInteger(r.physicalProgress) || r.physicalProgress < 0 || r.physicalProgress > 100) progress("形象进度须为 0—100 之间的整数");

  if (r.investmentCumulative < r.investmentMonth) cum("累计完成投资不能小于本月完成投资");
  else if (previous) {
    const floor = previous.investmentCumulative + r.investmentMonth;
    const label = periodLabel(previous);
    if (periodIndex(previous) === periodIndex(p) - 1) {
      if (r.investmentCumulative !== floor) cum(`累计完成投资应为 ${formatWan(floor, 4)}（${label}累计 ${formatWan(previous.investmentCumulative, 4)} + 本月 ${formatWan(r.investmentMonth, 4)}）`);
    } else if (r.investmentCumulative < previous.investmentCumulative) {
      cum(`累计完成投资不能低于${label}报告的累计 ${formatWan(previous.investmentCumulative, 4)}`);
    } else if (r.investmentCumulative < floor) {
      cum(`累计完成投资不能低于${label}累计 ${formatWan(previous.investmentCumulative, 4)} 加本月 ${formatWan(r.investmentMonth, 4)}`);
    }
  }
  if (next && issues.every((i) => i.path !== "investmentCumulative")) {
    const label = periodLabel(next);
    if (periodIndex(next) === periodIndex(p) + 1) {
      const expected = next.investmentCumulative - next.investmentMonth;
      if (r.investmentCumulative !== expected) cum(`累计完成投资应为 ${formatWan(expected, 4)}，才能与已填报的${label}报告衔接`);
    } else if (r.investmentCumulative > next.investmentCumulative - next.investmentMonth) {
      cum(`累计完成投资不能高于${label}报告的累计减去当月投资（${formatWan(next.investmentCumulative - next.investmentMonth, 4)}）`);
    }
  }
  if (issues.every((i) => i.path !== "physicalProgress")) {
    if (previous && r.physicalProgress < previous.physicalProgress) progress(`形象进度不能低于${periodLabel(previous)}的 ${previous.physicalProgress}%`);
    else if (next && r.physicalProgress > next.physicalProgress) progress(`形象进度不能高于已填报的${periodLabel(next)}的 ${next.physicalProgress}%`);
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Problems (问题清单)
// ---------------------------------------------------------------------------------------------

export const PROBLEM_CATEGORIES = ["FUNDING", "LAND", "APPROVAL", "TECHNICAL", "OTHER"] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

/** A due date ("YYYY-MM-DD") as stored: midnight UTC of that calendar day. */
/** Due dates before this instant are past: midnight UTC of today's date in China. */
export function overdueCutoff(now: Date): Date {
  return dayToDate(chinaToday(now));
}

/** Open and due before today (China date): a problem due today is not yet overdue. */
export function isOverdue(problem: { status: string; dueDate: Date }, now: Date): boolean {
  return problem.status === "OPEN" && problem.dueDate.getTime() < overdueCutoff(now).getTime();
}

/** Whole days a problem is past its due date (0 when not overdue). */
export function daysOverdue(problem: { status: string; dueDate: Date }, now: Date): number {
  if (!isOverdue(problem, now)) return 0;
  return Math.round((overdueCutoff(now).getTime() - problem.dueDate.getTime()) / 86_400_000);
}

/** A new problem's due date may not lie in the past: it is a commitment, not a record. */
export function checkDueDate(day: string, now: Date): string | null {
  return dayToDate(day).getTime() < overdueCutoff(now).getTime() ? "整改期限不能早于今天" : null;
}
