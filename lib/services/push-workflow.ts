// Pushing a library project to institutions, and a bank answering: policy → validation → one
// transaction with the answer, the financing record it makes, the project's refreshed figures,
// the notices and the audit entry.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, scopeOf } from "@/lib/auth/policy";
import { chinaToday, dayToDate } from "@/lib/domain/calendar";
import { formatMoney } from "@/lib/domain/format";
import { carbonToolApplies, isInstitutionKind } from "@/lib/domain/instruments";
import { checkAnswer, dueDay } from "@/lib/domain/push-workflow";
import { addWorkingDays } from "@/lib/domain/working-days";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { pushAnswerInput, pushCreateInput } from "@/lib/validation/pushes";
import { audit } from "./audit";
import { refreshFunding } from "./financing/funding-cache";
import { notifyBureau, notifyOrganization } from "./notify";
import { projectFor } from "./projects/access";
import { refreshPushStage } from "./push-stage";
import { responseWorkingDays } from "./settings";

function fieldError(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

/** The end of the China day `days` working days after today: the answer is due by then. */
function deadline(now: Date, days: number): Date {
  const due = addWorkingDays(dayToDate(chinaToday(now)), days);
  return new Date(due.getTime() + 16 * 3_600_000);
}

export async function createPushes(actor: Actor, input: unknown, ip: string | null = null, now = new Date()) {
  if (!scopeOf(actor, "push.create")) throw new ForbiddenError();
  const data = parseInput(pushCreateInput, input);
  return db.$transaction(async (tx) => {
    const project = await projectFor(actor, "push.create", data.projectId, tx);
    if (project.reviewStatus !== "IN_LIBRARY") throw fieldError("projectId", "只有已入库的项目可以推送");
    if (project.highEmission) throw fieldError("projectId", "“两高”项目不得推送给金融机构");
    const institutions = await tx.organization.findMany({ where: { id: { in: data.institutionIds } }, select: { id: true, name: true, kind: true } });
    if (institutions.length !== new Set(data.institutionIds).size || institutions.some((o) => !isInstitutionKind(o.kind))) {
      throw fieldError("institutionIds", "请选择有效的金融机构");
    }
    if (data.productId !== undefined) {
      const product = await tx.financeProduct.findUnique({ where: { id: data.productId }, select: { institutionId: true } });
      if (!product || !data.institutionIds.includes(product.institutionId)) throw fieldError("productId", "所选产品不属于推送的机构");
    }
    const already = await tx.push.findMany({ where: { projectId: project.id, institutionId: { in: data.institutionIds } }, select: { institution: { select: { name: true } } } });
    if (already.length) throw fieldError("institutionIds", `已推送过：${already.map((p) => p.institution.name).join("、")}`);
    const dueAt = deadline(now, await responseWorkingDays(tx));
    const ids: number[] = [];
    for (const inst of institutions) {
      const push = await tx.push.create({
        data: {
          projectId: project.id, institutionId: inst.id, senderId: actor.id, message: data.message ?? null, dueAt, createdAt: now,
          productId: data.productId !== undefined && (await tx.financeProduct.count({ where: { id: data.productId, institutionId: inst.id } })) ? data.productId : null,
        },
      });
      ids.push(push.id);
      await notifyOrganization(tx, inst.id, {
        kind: "PUSH", title: `新推送项目：${project.name}`, body: `请于 ${dueDay(dueAt)} 前答复。${data.message ?? ""}`.trim(), link: `/bank/projects/${project.id}`,
      });
      await audit(tx, actor, { action: "push.create", entity: "Push", entityId: push.id, after: { projectId: project.id, institutionId: inst.id, dueAt, message: data.message }, ip });
    }
    await refreshPushStage(tx, project.id);
    return { ids, dueAt };
  });
}

async function pushFor(actor: Actor, id: number, tx: Tx) {
  const push = await tx.push.findUnique({ where: { id }, include: { project: true, product: true, institution: { select: { name: true } } } });
  if (!push) throw new NotFoundError("未找到该推送。");
  authorize(actor, "push.respond", { institutionIds: [push.institutionId] });
  return push;
}

export async function answerPush(actor: Actor, id: number, input: unknown, ip: string | null = null, now = new Date()) {
  if (!scopeOf(actor, "push.respond")) throw new ForbiddenError();
  const a = parseInput(pushAnswerInput, input);
  return db.$transaction(async (tx) => {
    const push = await pushFor(actor, id, tx);
    const problem = checkAnswer(push.status, a);
    if (problem) throw fieldError(problem.field, problem.message);
    if (a.date && a.date > chinaToday(now)) throw fieldError("date", "日期不能晚于今天");
    // The status in the WHERE makes the check and the change one step: two answers at once cannot both land.
    const moved = await tx.push.updateMany({ where: { id, status: push.status }, data: { status: a.status, respondedAt: now } });
    if (moved.count === 0) throw new ConflictError("该推送已被同事答复，请刷新后查看。");
    await tx.pushResponse.create({
      data: { pushId: id, status: a.status, amount: a.amount ?? null, date: a.date ? dayToDate(a.date) : null, reason: a.reason ?? null, responderId: actor.id, createdAt: now },
    });
    let recordId: number | null = null;
    if (a.status === "APPROVED" || a.status === "DISBURSED") {
      const instrument = a.instrument ?? push.product?.instrument ?? "GREEN_LOAN";
      const carbonTool = Boolean(push.product?.carbonToolLinked && push.project.carbonToolEligible && carbonToolApplies(instrument));
      const approved = a.status === "DISBURSED" ? await tx.financingRecord.findFirst({ where: { pushId: id, status: "APPROVED" } }) : null;
      // Terms given with the approval stay unless the disbursement states them again.
      const values = {
        amount: a.amount!, date: dayToDate(a.date ?? chinaToday(now)), status: a.status,
        ...(a.rateBp !== undefined ? { rateBp: a.rateBp } : {}), ...(a.termMonths !== undefined ? { termMonths: a.termMonths } : {}),
      };
      // Disbursing what was approved is the same money: the record moves on, it is not added again.
      const record = approved
        ? await tx.financingRecord.update({ where: { id: approved.id }, data: { ...values, version: { increment: 1 } } })
        : await tx.financingRecord.create({
          data: { ...values, projectId: push.projectId, institutionId: push.institutionId, instrument, carbonTool, pushId: id, createdById: actor.id },
        });
      recordId = record.id;
      await refreshFunding(tx, push.projectId);
    }
    await refreshPushStage(tx, push.projectId);
    const what = `${m.pushStatus[a.status]}${a.amount ? ` ${formatMoney(a.amount)}` : ""}`;
    await notifyBureau(tx, { kind: "RESPONSE", title: `${push.institution.name}答复「${push.project.name}」：${what}`, body: a.reason, link: `/projects/${push.projectId}` });
    await audit(tx, actor, {
      action: "push.respond", entity: "Push", entityId: id, ip, detail: a.reason,
      before: { status: push.status }, after: { status: a.status, amount: a.amount, date: a.date, financingRecordId: recordId },
    });
    return { id, status: a.status, financingRecordId: recordId };
  });
}
