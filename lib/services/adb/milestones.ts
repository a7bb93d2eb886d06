// Recording a milestone: its planned date, its actual (completion) date and a note. Completion
// follows the sequence rules of lib/domain/adb/milestones (no 开工 before ADB approves the
// tender result); a refused change leaves everything as it was.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { chinaToday, dateToDay, dayToDate } from "@/lib/domain/calendar";
import { checkActualDate, MILESTONE_LABELS } from "@/lib/domain/adb/milestones";
import { ValidationError } from "@/lib/errors";
import { milestoneInput, milestoneKindParam } from "@/lib/validation/adb";
import { parseInput } from "@/lib/validation/parse";
import { audit } from "../audit";
import { subProjectFor } from "./access";
import { claimVersion } from "./version";

function refuse(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

export async function recordMilestone(actor: Actor, subProjectId: number, kindInput: unknown, input: unknown, ip: string | null = null, now: Date = new Date()) {
  await subProjectFor(actor, "adb.manage", subProjectId);
  const kind = parseInput(milestoneKindParam, kindInput);
  const { version, ...change } = parseInput(milestoneInput, input);
  const today = chinaToday(now);
  return db.$transaction(async (tx) => {
    const next = await claimVersion(tx, subProjectId, version);
    const rows = await tx.adbMilestone.findMany({ where: { subProjectId } });
    const current = rows.find((r) => r.kind === kind);
    const before = {
      plannedDate: current?.plannedDate ? dateToDay(current.plannedDate) : null,
      actualDate: current?.actualDate ? dateToDay(current.actualDate) : null,
      note: current?.note ?? null,
    };
    const after = {
      plannedDate: change.plannedDate === undefined ? before.plannedDate : change.plannedDate,
      actualDate: change.actualDate === undefined ? before.actualDate : change.actualDate,
      note: change.note === undefined ? before.note : change.note,
    };
    if (after.actualDate !== before.actualDate) {
      const days = rows.map((r) => ({ kind: r.kind, plannedDate: null, actualDate: r.actualDate ? dateToDay(r.actualDate) : null }));
      const check = checkActualDate(days, kind, after.actualDate, today);
      if (!check.ok) throw refuse("actualDate", check.message);
    }
    if (JSON.stringify(after) === JSON.stringify(before)) {
      throw new ValidationError(`「${MILESTONE_LABELS[kind]}」没有需要保存的改动`);
    }
    const data = {
      plannedDate: after.plannedDate ? dayToDate(after.plannedDate) : null,
      actualDate: after.actualDate ? dayToDate(after.actualDate) : null,
      note: after.note,
    };
    const row = await tx.adbMilestone.upsert({
      where: { subProjectId_kind: { subProjectId, kind } },
      create: { subProjectId, kind, ...data },
      update: data,
    });
    await audit(tx, actor, {
      action: "adb.milestone.record", entity: "AdbSubProject", entityId: subProjectId,
      before: { kind, ...before, version }, after: { kind, ...after, version: next }, ip,
    });
    return { id: row.id, version: next };
  });
}
