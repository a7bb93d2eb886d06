// Financing records of a project: entered by bureau staff, or by a financing bank for its own
// institution. Every write refreshes the project's secured and gap in the same transaction.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, scopeOf } from "@/lib/auth/policy";
import { chinaToday, dateToDay } from "@/lib/domain/calendar";
import { carbonToolApplies, isInstitutionKind } from "@/lib/domain/instruments";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { financingCreateInput, financingDeleteInput, financingUpdateInput } from "@/lib/validation/finance";
import { audit } from "../audit";
import { projectFor } from "../projects/access";
import { refreshFunding } from "./funding-cache";

function fieldError(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

const STALE = "该融资记录已被他人修改或撤销，请刷新后查看最新内容。";

/** The project as the financing policy sees it: its region path, and the record's institution. */
async function projectResource(actor: Actor, projectId: number, tx: Tx) {
  const p = await projectFor(actor, "project.read", projectId, tx);
  return { project: p, regionPath: [p.region.id, p.region.parentId, p.region.parent?.parentId] };
}

/** Rules on the record as a whole, whatever the form sent. */
async function checkRecord(tx: Tx, r: { institutionId: number; instrument: string; date: Date; carbonTool: boolean }, now: Date) {
  const org = await tx.organization.findUnique({ where: { id: r.institutionId }, select: { kind: true } });
  if (!org || !isInstitutionKind(org.kind)) throw fieldError("institutionId", "请选择有效的融资机构");
  if (r.carbonTool && !carbonToolApplies(r.instrument)) throw fieldError("carbonTool", "碳减排支持工具只适用于贷款（绿色信贷、质押贷款、转型贷款）");
  if (dateToDay(r.date) > chinaToday(now)) throw fieldError("date", "日期不能晚于今天：尚未发生的授信或放款不计入已落实融资");
}

export async function createFinancingRecord(actor: Actor, projectId: number, input: unknown, ip: string | null = null, now = new Date()) {
  if (!scopeOf(actor, "financing.write")) throw new ForbiddenError();
  const data = parseInput(financingCreateInput, input);
  // A bank records only its own institution's financing, whatever the form says.
  const institutionId = scopeOf(actor, "financing.write") === "institution" ? actor.organizationId ?? 0 : data.institutionId;
  return db.$transaction(async (tx) => {
    const { project, regionPath } = await projectResource(actor, projectId, tx);
    authorize(actor, "financing.write", { regionPath, institutionIds: [institutionId] });
    if (project.reviewStatus !== "IN_LIBRARY") throw new ValidationError("只有已入库的项目可以登记融资");
    const record = { ...data, institutionId, carbonTool: data.carbonTool ?? false };
    await checkRecord(tx, record, now);
    const created = await tx.financingRecord.create({ data: { ...record, projectId, createdById: actor.id } });
    const funding = await refreshFunding(tx, projectId);
    await audit(tx, actor, { action: "financing.create", entity: "FinancingRecord", entityId: created.id, after: { projectId, ...record, secured: funding.secured, gap: funding.gap }, ip });
    return { id: created.id, version: created.version, funding };
  });
}

async function recordFor(actor: Actor, id: number, tx: Tx) {
  const record = await tx.financingRecord.findUnique({ where: { id } });
  if (!record) throw new NotFoundError("未找到该融资记录。");
  const { regionPath } = await projectResource(actor, record.projectId, tx).catch((e) => {
    throw e instanceof NotFoundError ? new NotFoundError("未找到该融资记录。") : e;
  });
  authorize(actor, "financing.write", { regionPath, institutionIds: [record.institutionId] });
  return { record, regionPath };
}

export async function updateFinancingRecord(actor: Actor, id: number, input: unknown, ip: string | null = null, now = new Date()) {
  const { version, ...changes } = parseInput(financingUpdateInput, input);
  return db.$transaction(async (tx) => {
    const { record, regionPath } = await recordFor(actor, id, tx);
    if (record.version !== version) throw new ConflictError(STALE);
    if (changes.institutionId !== undefined && changes.institutionId !== record.institutionId) {
      authorize(actor, "financing.write", { regionPath, institutionIds: [changes.institutionId] });
    }
    const next = { ...record, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    // Clearing a loan's flag when it becomes a bond is what the person means; keeping it would be refused.
    if (!carbonToolApplies(next.instrument) && changes.carbonTool === undefined) next.carbonTool = false;
    await checkRecord(tx, next, now);
    const fields = ["institutionId", "instrument", "amount", "date", "status", "rateBp", "termMonths", "carbonTool", "note"] as const;
    const changed = fields.filter((f) => String(next[f]) !== String(record[f]));
    if (!changed.length) return { id, version, changed: [] as string[] };
    const data = Object.fromEntries(changed.map((f) => [f, next[f]]));
    const written = await tx.financingRecord.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (written.count === 0) throw new ConflictError(STALE);
    const funding = await refreshFunding(tx, record.projectId);
    await audit(tx, actor, {
      action: "financing.update", entity: "FinancingRecord", entityId: id, ip,
      before: { ...Object.fromEntries(changed.map((f) => [f, record[f]])), version },
      after: { ...data, version: version + 1, secured: funding.secured, gap: funding.gap },
    });
    return { id, version: version + 1, changed: changed as string[], funding };
  });
}

/** Withdraws a record entered in error; the audit entry keeps it, with the reason. */
export async function deleteFinancingRecord(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  const { version, reason } = parseInput(financingDeleteInput, input);
  return db.$transaction(async (tx) => {
    const { record } = await recordFor(actor, id, tx);
    if (record.version !== version) throw new ConflictError(STALE);
    const removed = await tx.financingRecord.deleteMany({ where: { id, version } });
    if (removed.count === 0) throw new ConflictError(STALE);
    const funding = await refreshFunding(tx, record.projectId);
    await audit(tx, actor, { action: "financing.delete", entity: "FinancingRecord", entityId: id, before: record, after: { secured: funding.secured, gap: funding.gap }, detail: reason, ip });
    return { id, funding };
  });
}
