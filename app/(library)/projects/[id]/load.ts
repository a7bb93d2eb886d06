import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { getProjectDetail } from "@/lib/services/projects/detail";

/** The project a page's [id] names, or the 404 page (bad id, missing, or outside the actor's scope). */
export async function projectDetailOr404(actor: Actor, rawId: string) {
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return getProjectDetail(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}
