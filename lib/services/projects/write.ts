// Creating and editing projects: policy → validation → one transaction with the audit entry.
// Edits carry the version they were made on; a stale version is refused with what changed since.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can, inRegionScope, scopeOf } from "@/lib/auth/policy";
import { defaultNeed, gapOf } from "@/lib/domain/funding";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { audit } from "../audit";
import { refreshFunding } from "../financing/funding-cache";
import { refreshRecordScope } from "../financing/record-scope";
import { rematchProjects } from "../matching/recompute";
import { parseInput } from "@/lib/validation/parse";
import { projectCreateInput, projectUpdateInput, type ProjectCreateInput } from "@/lib/validation/projects";
import { projectFor } from "./access";

export const CODE_PREFIX = "XTQT";

/** The fields a person edits, in the order the conflict message lists them. */
export const EDITABLE_FIELDS = [
  "code", "name", "ownerOrgId", "regionId", "categoryId", "description", "constructionContent", "startYear", "endYear",
  "contactName", "contactPhone", "totalInvestment", "ownFunds", "financingNeed", "intendedInstrument", "stage",
  "carbonToolEligible", "highEmission", "co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT",
  "beneficiaries", "areaRestoredHa", "declaredCo2T",
] as const;
type Field = (typeof EDITABLE_FIELDS)[number];

function fieldError(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

/** Reference checks the schema cannot make: the owner, district and category exist and fit. */
async function checkReferences(tx: Tx, actor: Actor, p: Partial<ProjectCreateInput>) {
  if (p.ownerOrgId !== undefined) {
    const org = await tx.organization.findUnique({ where: { id: p.ownerOrgId }, select: { kind: true } });
    if (!org || org.kind !== "PROJECT_OWNER") throw fieldError("ownerOrgId", "请选择有效的项目单位");
  }
  if (p.regionId !== undefined) {
    const region = await tx.region.findUnique({ where: { id: p.regionId }, select: { level: true, retired: true, parentId: true, parent: { select: { parentId: true } } } });
    if (!region || (region.level !== "DISTRICT" && region.level !== "PARK")) throw fieldError("regionId", "请选择有效的区县或园区");
    if (region.retired) throw fieldError("regionId", "该区县已停用，请选择其他区县");
    if (scopeOf(actor, "project.create") === "any" && !inRegionScope(actor, [p.regionId, region.parentId, region.parent?.parentId])) {
      throw fieldError("regionId", "该区县不在您的管辖范围内");
    }
  }
  if (p.categoryId !== undefined) {
    const category = await tx.category.findUnique({ where: { id: p.categoryId }, select: { retired: true } });
    if (!category) throw fieldError("categoryId", "请选择有效的项目类别");
    if (category.retired) throw fieldError("categoryId", "该类别已停用，请选择其他类别");
  }
  if (p.code !== undefined && (await tx.project.findUnique({ where: { code: p.code }, select: { id: true } }))) {
    throw fieldError("code", `项目编号 ${p.code} 已被使用`);
  }
}

function snapshot(p: Record<string, unknown>): Partial<Record<Field, unknown>> {
  return Object.fromEntries(EDITABLE_FIELDS.filter((f) => p[f] !== undefined).map((f) => [f, p[f]]));
}

export async function createProject(actor: Actor, input: unknown, ip: string | null = null) {
  if (!can(actor, "project.create")) throw new ForbiddenError();
  const data = parseInput(projectCreateInput, input);
  const ownerOrgId = scopeOf(actor, "project.create") === "ownerOrg" ? actor.organizationId ?? undefined : data.ownerOrgId;
  if (ownerOrgId === undefined) throw fieldError("ownerOrgId", "请选择项目单位");
  authorize(actor, "project.create", { ownerOrgId });
  return db.$transaction(async (tx) => {
    await checkReferences(tx, actor, { ...data, ownerOrgId });
    const ownFunds = data.ownFunds ?? 0n;
    const need = data.financingNeed ?? defaultNeed(data.totalInvestment, ownFunds);
    const created = await tx.project.create({
      data: {
        ...data, code: data.code ?? `TMP-${crypto.randomUUID()}`, ownerOrgId, ownFunds, financingNeed: need, gapAmount: gapOf(need, 0n),
        carbonToolEligible: data.carbonToolEligible ?? false, highEmission: data.highEmission ?? false,
        reviewStatus: "DRAFT", createdById: actor.id,
      },
    });
    const code = data.code ?? `${CODE_PREFIX}-${created.createdAt.getUTCFullYear()}-${String(created.id).padStart(4, "0")}`;
    const project = data.code ? created : await tx.project.update({ where: { id: created.id }, data: { code } });
    await tx.projectTransition.create({ data: { projectId: project.id, from: null, to: "DRAFT", actorId: actor.id } });
    await audit(tx, actor, { action: "project.create", entity: "Project", entityId: project.id, after: { ...snapshot(project), version: 1 }, ip });
    return { id: project.id, code: project.code, version: project.version };
  });
}

export interface FieldChange {
  field: string;
  by: string;
  at: Date;
  version: number;
}

/** What others changed after `version`: read from the audit trail, so the message is precise. */
async function changesSince(projectId: number, version: number): Promise<FieldChange[]> {
  const entries = await db.auditLog.findMany({
    where: { entity: "Project", entityId: String(projectId), action: { in: ["project.update", "project.transition"] } },
    orderBy: { id: "asc" },
  });
  return entries.flatMap((e) => {
    const after = (e.after ?? {}) as Record<string, unknown>;
    const v = Number(after.version ?? 0);
    if (v <= version) return [];
    const fields = Object.keys(after).filter((k) => k !== "version");
    return fields.map((field) => ({ field, by: e.actorName, at: e.at, version: v }));
  });
}

/** Figures the climate benefit calculation owns once a project has one (see lib/services/climate). */
export const COMPUTED_FIGURES = ["co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT"] as const;

/** Optional fields a person may empty: "" (from a form) or null (from the API) clears them. */
const CLEARABLE = [
  "description", "constructionContent", "startYear", "endYear", "contactName", "contactPhone", "intendedInstrument",
  "co2ReductionT", "energySavedTce", "renewableMwh", "carbonSinkT", "beneficiaries", "areaRestoredHa", "declaredCo2T",
] as const;

function clearedFields(input: unknown): Record<string, null> {
  if (!input || typeof input !== "object") return {};
  const raw = input as Record<string, unknown>;
  return Object.fromEntries(CLEARABLE.filter((f) => f in raw && (raw[f] === "" || raw[f] === null)).map((f) => [f, null]));
}

export async function updateProject(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  const { version, ...parsed } = parseInput(projectUpdateInput, input);
  const raw = (input ?? {}) as Record<string, unknown>;
  // Emptied own funds mean none; an emptied need goes back to its default (total − own funds).
  const resetNeed = "financingNeed" in raw && (raw.financingNeed === "" || raw.financingNeed === null);
  const changes = {
    ...parsed,
    ...clearedFields(input),
    ...("ownFunds" in raw && (raw.ownFunds === "" || raw.ownFunds === null) ? { ownFunds: 0n } : {}),
  };
  const outcome = await db.$transaction(async (tx) => {
    const current = await projectFor(actor, "project.update", id, tx);
    if (current.version !== version) return { stale: current.version };
    if (scopeOf(actor, "project.update") === "ownerOrg") {
      delete changes.ownerOrgId;
      delete changes.code;
    }
    const cur = current as Record<string, unknown>;
    const differs = (f: string) => (changes as Record<string, unknown>)[f] !== undefined && (changes as Record<string, unknown>)[f] !== cur[f];
    // Typed over, a computed figure would no longer match the activity data and factors it is traced to.
    const overwritten = current.benefitTrace !== null ? COMPUTED_FIGURES.find(differs) : undefined;
    if (overwritten) throw fieldError(overwritten, "该数值由气候效益核算得出，请在“气候效益核算”页修改活动数据");
    await checkReferences(tx, actor, {
      ownerOrgId: differs("ownerOrgId") ? changes.ownerOrgId : undefined,
      regionId: differs("regionId") ? changes.regionId : undefined,
      categoryId: differs("categoryId") ? changes.categoryId : undefined,
      code: differs("code") ? changes.code : undefined,
    });
    const total = changes.totalInvestment ?? current.totalInvestment;
    const own = changes.ownFunds ?? current.ownFunds;
    // A need left to its default follows total − own funds; one typed in stays as typed.
    const needWasDefault = resetNeed || current.financingNeed === defaultNeed(current.totalInvestment, current.ownFunds);
    const need = changes.financingNeed ?? (needWasDefault ? defaultNeed(total, own) : current.financingNeed);
    if (own > total) throw fieldError("ownFunds", "自有资金不能超过总投资");
    if (need > total) throw fieldError("financingNeed", "融资需求不能超过总投资");
    const next = { ...changes, financingNeed: need, gapAmount: gapOf(need, current.securedAmount) };
    const changed = Object.keys(next).filter((f) => (next as Record<string, unknown>)[f] !== undefined && (next as Record<string, unknown>)[f] !== cur[f]);
    if (!changed.length) return { id, version: current.version, changed: [] as string[] };
    // The version in the WHERE makes the check and the write one step: a concurrent save loses.
    const written = await tx.project.updateMany({ where: { id, version }, data: { ...next, version: { increment: 1 } } });
    if (written.count === 0) return { stale: version + 1 };
    if (need !== current.financingNeed) await refreshFunding(tx, id);
    else await rematchProjects(tx, [id]);
    // Its financing records follow it into another district or category on the cockpit.
    if (changed.includes("regionId") || changed.includes("categoryId")) await refreshRecordScope(tx, id);
    const pick = (o: object) => Object.fromEntries(changed.map((f) => [f, (o as Record<string, unknown>)[f]]));
    await audit(tx, actor, { action: "project.update", entity: "Project", entityId: id, before: { ...pick(current), version }, after: { ...pick(next), version: version + 1 }, ip });
    return { id, version: version + 1, changed };
  });
  if ("stale" in outcome) {
    const since = await changesSince(id, version);
    throw new ConflictError(
      `保存失败：该项目在您编辑期间已被他人修改（您编辑的是第 ${version} 版）。请刷新查看最新内容后再修改。`,
      { yourVersion: version, changes: since },
    );
  }
  return outcome;
}
