// Translates the policy's list scope into Prisma filters for each kind of record.
import type { Actor } from "@/lib/auth/actor";
import { listScope, type Action } from "@/lib/auth/policy";

/**
 * The actor's region scope: its own region and every region below it (province → city →
 * district/park). A user without a region works across the whole installation.
 */
export function regionWhere(actor: Actor) {
  const r = actor.regionId;
  if (r === null) return {};
  return { OR: [{ regionId: r }, { region: { parentId: r } }, { region: { parent: { parentId: r } } }] };
}

/**
 * Projects a role may see: those in its region scope; its own organization's; or, for a bank,
 * those matched or pushed to it.
 */
export function projectWhere(actor: Actor, action: Action) {
  const scope = listScope(actor, action);
  if (scope.kind === "all") return regionWhere(actor);
  if (scope.kind === "ownerOrg") return { ownerOrgId: scope.ownerOrgId };
  return {
    OR: [
      { pushes: { some: { institutionId: scope.institutionId } } },
      { matches: { some: { eligible: true, product: { institutionId: scope.institutionId } } } },
    ],
  };
}

/** Records that belong to an institution (pushes, products, financing records). */
export function institutionWhere(actor: Actor, action: Action) {
  const scope = listScope(actor, action);
  if (scope.kind === "all") return {};
  if (scope.kind === "institution") return { institutionId: scope.institutionId };
  return { project: { ownerOrgId: scope.ownerOrgId } };
}
