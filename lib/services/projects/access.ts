// Loads one project for an action, or refuses: the policy decides by role and record, and a
// project outside the actor's scope (organization, institution or region) is "not found".
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, type Action } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { m } from "@/lib/i18n";

const accessInclude = {
  region: { select: { id: true, parentId: true, parent: { select: { parentId: true } } } },
  pushes: { select: { institutionId: true } },
  matches: { where: { eligible: true }, select: { product: { select: { institutionId: true } } } },
} as const;

export async function projectFor(actor: Actor, action: Action, id: number, tx: Tx | typeof db = db) {
  const project = await tx.project.findUnique({ where: { id }, include: accessInclude });
  if (!project) throw new NotFoundError(m.errors.projectNotFound);
  const r = project.region;
  authorize(actor, action, {
    regionPath: [r.id, r.parentId, r.parent?.parentId],
    ownerOrgId: project.ownerOrgId,
    reviewStatus: project.reviewStatus,
    institutionIds: [...project.pushes.map((p) => p.institutionId), ...project.matches.map((x) => x.product.institutionId)],
  });
  return project;
}
