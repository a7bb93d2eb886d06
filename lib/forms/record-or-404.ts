// The record a page's [id] names, or the 404 page: a bad id, a missing record and one outside
// the caller's scope look the same, so ids do not leak.
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

export async function recordOr404<T>(rawId: string, load: (id: number) => Promise<T>): Promise<T> {
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return load(id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}
