// One sub-project as its page shows it: facts, milestones, procurement packages, disbursements.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { chinaToday, dateToDay } from "@/lib/domain/calendar";
import { sumYuan } from "@/lib/domain/money";
import { subProjectFor } from "./access";
import { summaryOf } from "./overview";

export async function subProjectDetail(actor: Actor, id: number, now: Date = new Date()) {
  await subProjectFor(actor, "adb.read", id);
  const today = chinaToday(now);
  const s = await db.adbSubProject.findUniqueOrThrow({
    where: { id },
    include: {
      region: { select: { name: true } },
      programme: { select: { id: true, name: true, loanNumber: true } },
      project: { select: { id: true, code: true, name: true } },
      milestones: true,
      packages: { orderBy: { code: "asc" } },
      disbursements: { orderBy: [{ date: "asc" }, { id: "asc" }] },
    },
  });
  const disbursed = sumYuan(s.disbursements.map((d) => d.amount));
  return {
    ...summaryOf(s, disbursed, today),
    today,
    programme: s.programme,
    // The library project is linked only for those who may open it.
    project: s.project && can(actor, "project.read") ? s.project : null,
    remaining: s.adbAllocation - disbursed,
    packages: s.packages.map((p) => ({
      id: p.id, code: p.code, name: p.name, kind: p.kind, estimateAmount: p.estimateAmount, contractAmount: p.contractAmount,
    })),
    disbursements: s.disbursements.map((d) => ({ id: d.id, amount: d.amount, date: dateToDay(d.date), note: d.note })),
    canManage: can(actor, "adb.manage"),
  };
}
export type SubProjectDetail = Awaited<ReturnType<typeof subProjectDetail>>;
