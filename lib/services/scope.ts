// Translates the policy's list scope into Prisma filters for each kind of record.
import type { Actor } from "@/lib/auth/actor";
import { listScope, type Action } from "@/lib/auth/policy";

/** Projects a role may see: all; its own organization's; or, for a bank, those matched or pushed to it. */
export function projectWhere(actor: Actor, action: Action) {
  const scope = listScope(actor, action);
  if (scope.kind === "all") return {};
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
