// Adding a disbursement (提款) to a sub-project: what ADB has paid out may never exceed the
// sub-project's allocation.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { chinaToday, dayToDate } from "@/lib/domain/calendar";
import { checkDisbursement } from "@/lib/domain/adb/progress";
import { formatWan } from "@/lib/domain/format";
import { ValidationError } from "@/lib/errors";
import { disbursementInput } from "@/lib/validation/adb";
import { parseInput } from "@/lib/validation/parse";
import { audit } from "../audit";
import { subProjectFor } from "./access";
import { claimVersion } from "./version";

function refuse(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

export async function addDisbursement(actor: Actor, subProjectId: number, input: unknown, ip: string | null = null, now: Date = new Date()) {
  await subProjectFor(actor, "adb.manage", subProjectId);
  const { version, amount, date, note } = parseInput(disbursementInput, input);
  const today = chinaToday(now);
  if (date > today) throw refuse("date", `提款日期 ${date} 晚于今天（${today}），不能登记尚未发生的提款`);
  return db.$transaction(async (tx) => {
    const next = await claimVersion(tx, subProjectId, version);
    const [sub, sum] = await Promise.all([
      tx.adbSubProject.findUniqueOrThrow({ where: { id: subProjectId }, select: { adbAllocation: true } }),
      tx.adbDisbursement.aggregate({ where: { subProjectId }, _sum: { amount: true } }),
    ]);
    const check = checkDisbursement(sub.adbAllocation, sum._sum.amount ?? 0n, amount);
    if (!check.ok) {
      throw refuse("amount", `累计提款将超过亚行贷款分配额 ${formatWan(sub.adbAllocation)}：本子项目尚可提款 ${formatWan(check.remaining)}`);
    }
    const row = await tx.adbDisbursement.create({ data: { subProjectId, amount, date: dayToDate(date), note: note ?? null } });
    await audit(tx, actor, {
      action: "adb.disbursement.create", entity: "AdbDisbursement", entityId: row.id,
      after: { subProjectId, amount, date, note: note ?? null, version: next }, ip,
    });
    return { id: row.id, version: next };
  });
}
