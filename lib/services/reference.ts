// Reference data for forms and filters: categories, districts and parks, project owners.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

export async function referenceData(actor: Actor) {
  const [categories, regions, owners] = await Promise.all([
    db.category.findMany({ where: { retired: false }, orderBy: { sortKey: "asc" }, select: { id: true, code: true, name: true, family: true } }),
    db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] }, retired: false }, orderBy: { sortKey: "asc" }, select: { id: true, code: true, name: true } }),
    // Only those who may pick an owner (bureau staff) need the list of owners.
    can(actor, "project.create") && actor.role !== "PROJECT_OWNER"
      ? db.organization.findMany({ where: { kind: "PROJECT_OWNER" }, orderBy: { name: "asc" }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  return { categories, regions, owners };
}
export type ReferenceData = Awaited<ReturnType<typeof referenceData>>;
