// Translates the policy's list scope into Prisma filters for each kind of record.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
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
 * The same region scope as a plain list of region ids, for queries over many rows: a join per
 * row is what makes a list slow at 100,000 projects. No filter at all when the scope covers
 * every district (a city-level user in a one-city installation).
 */
export async function regionFilter(actor: Actor): Promise<object> {
  if (actor.regionId === null) return {};
  const ids = regionScopeIds(actor.regionId, await db.region.findMany({ select: { id: true, parentId: true, level: true } }));
  return ids ? { regionId: { in: ids } } : {};
}

/** regionFilter's region ids from the regions already at hand; null when the scope covers every district. */
export function regionScopeIds(regionId: number | null, regions: readonly { id: number; parentId: number | null; level: string }[]): number[] | null {
  if (regionId === null) return null;
  const inScope = new Set([regionId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of regions) {
      if (r.parentId !== null && inScope.has(r.parentId) && !inScope.has(r.id)) {
        inScope.add(r.id);
        grew = true;
      }
    }
  }
  const leaves = regions.filter((r) => r.level === "DISTRICT" || r.level === "PARK");
  return leaves.every((r) => inScope.has(r.id)) ? null : [...inScope];
}

/**
 * Projects a role may see: those in its region scope; its own organization's; or, for a bank,
 * those matched or pushed to it. Pass the region filter when it is already known.
 */
export function projectWhere(actor: Actor, action: Action, region: object = regionWhere(actor)) {
  const scope = listScope(actor, action);
  if (scope.kind === "all") return region;
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
