// The review workflow as a use case: the state machine (lib/domain/review) says what may follow
// what; the policy says who; every transition is recorded and the owner is notified.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { checkTransition, TRANSITION_LABELS, TRANSITIONS } from "@/lib/domain/review";
import { ConflictError, ValidationError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parseInput } from "@/lib/validation/parse";
import { projectTransitionInput } from "@/lib/validation/projects";
import { audit } from "../audit";
import { refreshRecordScope } from "../financing/record-scope";
import { rematchProjects } from "../matching/recompute";
import { notifyBureau, notifyOrganization } from "../notify";
import { projectFor } from "./access";

export async function transitionProject(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  const { transition, comment, version } = parseInput(projectTransitionInput, input);
  const rule = TRANSITIONS[transition];
  return db.$transaction(async (tx) => {
    const project = await projectFor(actor, rule.action, id, tx);
    if (project.version !== version) throw new ConflictError(`该项目已被他人处理（当前第 ${project.version} 版），请刷新后再操作。`, { currentVersion: project.version });
    const check = checkTransition(project.reviewStatus, transition, comment);
    if (!check.ok) throw new ValidationError(check.message, { fields: [{ path: "comment", message: check.message }] });
    const now = new Date();
    const written = await tx.project.updateMany({
      where: { id, version },
      data: {
        reviewStatus: check.to,
        version: { increment: 1 },
        ...(check.to === "SUBMITTED" ? { submittedAt: now } : {}),
        ...(check.to === "IN_LIBRARY" ? { inLibraryAt: now } : {}),
      },
    });
    if (written.count === 0) throw new ConflictError();
    // Entering or leaving the library makes or ends its matches, and moves its financing in or out of the cockpit.
    await rematchProjects(tx, [id]);
    await refreshRecordScope(tx, id);
    await tx.projectTransition.create({ data: { projectId: id, from: project.reviewStatus, to: check.to, actorId: actor.id, comment: comment ?? null, createdAt: now } });
    await audit(tx, actor, {
      action: "project.transition", entity: "Project", entityId: id,
      before: { reviewStatus: project.reviewStatus, version }, after: { reviewStatus: check.to, version: version + 1 }, detail: comment, ip,
    });
    if (transition === "submit") {
      await notifyBureau(tx, { kind: "REVIEW", title: `项目「${project.name}」已提交申报，待审核`, link: `/projects/${id}` });
    } else {
      await notifyOrganization(tx, project.ownerOrgId, {
        kind: "REVIEW",
        title: `项目「${project.name}」${TRANSITION_LABELS[transition]}：${m.reviewStatus[check.to]}`,
        body: comment ?? undefined,
        link: `/projects/${id}`,
      });
    }
    return { id, reviewStatus: check.to, version: version + 1 };
  });
}
