// Everything about one project, grouped as the detail page shows it. A bank sees only its own
// institution's dealings with the project: of the others, just the funding state.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, scopeOf } from "@/lib/auth/policy";
import { fundingFigures } from "@/lib/domain/funding";
import { TRANSITIONS, transitionsFrom, type Transition } from "@/lib/domain/review";
import { AppError } from "@/lib/errors";
import { institutionOptions } from "../institutions";
import { projectFor } from "./access";

function allowed(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (e) {
    if (e instanceof AppError) return false;
    throw e;
  }
}

export async function getProjectDetail(actor: Actor, id: number) {
  const access = await projectFor(actor, "project.read", id);
  const own = scopeOf(actor, "project.read") === "institution" ? { institutionId: actor.organizationId! } : {};
  const [project, financing, pushes, reports, transitions, edits] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id },
      include: { ownerOrg: { select: { id: true, name: true } }, region: { select: { name: true } }, category: { select: { name: true, family: true, code: true } }, createdBy: { select: { displayName: true } } },
    }),
    db.financingRecord.findMany({ where: { projectId: id, ...own }, orderBy: { date: "desc" }, include: { institution: { select: { name: true } } } }),
    db.push.findMany({
      where: { projectId: id, ...own },
      orderBy: { createdAt: "desc" },
      include: { institution: { select: { name: true } }, responses: { orderBy: { createdAt: "asc" }, include: { responder: { select: { displayName: true } } } } },
    }),
    scopeOf(actor, "report.read") ? db.progressReport.findMany({ where: { projectId: id }, orderBy: [{ year: "desc" }, { month: "desc" }], include: { problems: true } }) : Promise.resolve([]),
    db.projectTransition.findMany({ where: { projectId: id }, orderBy: { id: "asc" }, include: { actor: { select: { displayName: true } } } }),
    own.institutionId ? Promise.resolve([]) : db.auditLog.findMany({ where: { entity: "Project", entityId: String(id), action: { in: ["project.create", "project.update"] } }, orderBy: { id: "asc" }, include: { actor: { select: { displayName: true } } } }),
  ]);
  const adbSubProjects = scopeOf(actor, "adb.read")
    ? await db.adbSubProject.findMany({ where: { projectId: id }, orderBy: { sortKey: "asc" }, select: { id: true, code: true, name: true } })
    : [];
  const resource = { ownerOrgId: project.ownerOrgId, reviewStatus: project.reviewStatus, regionPath: [access.region.id, access.region.parentId, access.region.parent?.parentId] };
  const financingEditable = allowed(() => authorize(actor, "financing.write", { ...resource, institutionIds: actor.organizationId !== null ? [actor.organizationId] : [] }));
  const next = transitionsFrom(project.reviewStatus).filter((t: Transition) => allowed(() => authorize(actor, TRANSITIONS[t].action, resource)));
  return {
    project,
    funding: fundingFigures(project.financingNeed, [{ amount: project.securedAmount, status: "APPROVED" as const }]),
    financing, pushes, reports, transitions, adbSubProjects,
    edits: edits.map((e) => ({ id: e.id, at: e.at, by: e.actor?.displayName ?? e.actorName, action: e.action, before: e.before as Record<string, unknown> | null, after: e.after as Record<string, unknown> | null })),
    canEdit: allowed(() => authorize(actor, "project.update", resource)),
    /** Records the actor may amend or withdraw (a bank sees only its own anyway). */
    financingEditable,
    canRecordFinancing: financingEditable && project.reviewStatus === "IN_LIBRARY",
    canPush: project.reviewStatus === "IN_LIBRARY" && !project.highEmission && allowed(() => authorize(actor, "push.create", resource)),
    institutions: financingEditable ? await institutionOptions(actor) : [],
    transitionsAllowed: next,
    limitedView: Boolean(own.institutionId),
  };
}
export type ProjectDetail = Awaited<ReturnType<typeof getProjectDetail>>;
