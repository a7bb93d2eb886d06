import type { Actor } from "@/lib/auth/actor";
import { recordOr404 } from "@/lib/forms/record-or-404";
import { getProjectDetail } from "@/lib/services/projects/detail";

/** The project a page's [id] names, or the 404 page (bad id, missing, or outside the actor's scope). */
export function projectDetailOr404(actor: Actor, rawId: string) {
  return recordOr404(rawId, (id) => getProjectDetail(actor, id));
}
