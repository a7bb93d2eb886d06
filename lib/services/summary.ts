// Headline figures of the library for the bureau workspace and the cockpit (until the cockpit
// issue brings the full dashboard service). Every figure is an aggregate in the database.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { fundingRateBp, gapOf } from "@/lib/domain/funding";
import { GREEN_INSTRUMENTS } from "@/lib/domain/instruments";
import type { Yuan } from "@/lib/domain/money";
import { projectWhere, regionFilter } from "./scope";

export interface CategoryRow {
  categoryId: number;
  code: string;
  name: string;
  family: "MITIGATION" | "ADAPTATION";
  projects: number;
  totalInvestment: Yuan;
  need: Yuan;
  secured: Yuan;
  gap: Yuan;
}

export interface HeadlineFigures {
  projectsInLibrary: number;
  totalInvestment: Yuan;
  need: Yuan;
  secured: Yuan;
  gap: Yuan;
  fundingRateBp: number | null;
  co2ReductionT: number;
  institutionsEngaged: number;
  adb: { subProjects: number; allocation: Yuan };
  green: { projects: number; amount: Yuan };
  openProblems: number;
  overduePushes: number;
  byCategory: CategoryRow[];
}

export async function headlineFigures(actor: Actor, now = new Date()): Promise<HeadlineFigures> {
  authorize(actor, "dashboard.read");
  const region = await regionFilter(actor);
  const IN_LIBRARY = { reviewStatus: "IN_LIBRARY" as const, ...projectWhere(actor, "dashboard.read", region) };
  const [totals, byCat, categories, adb, greenByProject, institutions, openProblems, overduePushes] = await Promise.all([
    db.project.aggregate({
      where: IN_LIBRARY,
      _count: { _all: true },
      _sum: { totalInvestment: true, financingNeed: true, securedAmount: true, gapAmount: true, co2ReductionT: true },
    }),
    db.project.groupBy({
      by: ["categoryId"],
      where: IN_LIBRARY,
      _count: { _all: true },
      _sum: { totalInvestment: true, financingNeed: true, securedAmount: true, gapAmount: true },
    }),
    db.category.findMany({ orderBy: { sortKey: "asc" } }),
    db.adbSubProject.aggregate({ where: region, _count: { _all: true }, _sum: { adbAllocation: true } }),
    db.financingRecord.groupBy({
      by: ["projectId"],
      where: { instrument: { in: [...GREEN_INSTRUMENTS] }, project: IN_LIBRARY },
      _sum: { amount: true },
    }),
    db.financingRecord.groupBy({ by: ["institutionId"], where: { project: IN_LIBRARY } }),
    db.problem.count({ where: { status: "OPEN", project: IN_LIBRARY } }),
    db.push.count({ where: { status: "PENDING", dueAt: { lt: now }, project: IN_LIBRARY } }),
  ]);
  const need = totals._sum.financingNeed ?? 0n;
  const secured = totals._sum.securedAmount ?? 0n;
  const rows = new Map(byCat.map((r) => [r.categoryId, r]));
  return {
    projectsInLibrary: totals._count._all,
    totalInvestment: totals._sum.totalInvestment ?? 0n,
    need,
    secured,
    gap: totals._sum.gapAmount ?? 0n,
    fundingRateBp: fundingRateBp(secured, need),
    co2ReductionT: totals._sum.co2ReductionT ?? 0,
    institutionsEngaged: institutions.length,
    adb: { subProjects: adb._count._all, allocation: adb._sum.adbAllocation ?? 0n },
    green: { projects: greenByProject.length, amount: greenByProject.reduce((s, r) => s + (r._sum.amount ?? 0n), 0n) },
    openProblems,
    overduePushes,
    byCategory: categories.map((c) => {
      const r = rows.get(c.id);
      const catNeed = r?._sum.financingNeed ?? 0n;
      const catSecured = r?._sum.securedAmount ?? 0n;
      return {
        categoryId: c.id, code: c.code, name: c.name, family: c.family,
        projects: r?._count._all ?? 0,
        totalInvestment: r?._sum.totalInvestment ?? 0n,
        need: catNeed, secured: catSecured, gap: r?._sum.gapAmount ?? gapOf(catNeed, catSecured),
      };
    }),
  };
}
