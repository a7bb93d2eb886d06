// The match list in score order (the default) reads only the matches its page can reach: its
// pages, one after another, must be exactly all the matches sorted in full and cut in pieces.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listMatches } from "@/lib/services/matching/list";
import { actorOf } from "../support/actors";

const PAGE = 7;

describe("matches in score order, page by page", () => {
  it.each([
    ["staff", {}],
    ["staff", { minScore: "60" }],
    ["bank1", {}],
    ["bank2", { minScore: "50" }],
  ] as const)("%s %o: every page is the full sort cut at its place, and the total counts them all", async (user, filter) => {
    const actor = await actorOf(user);
    const expected = await db.match.findMany({
      where: {
        eligible: true,
        ...(actor.role === "BANK" ? { product: { institutionId: actor.organizationId! } } : {}),
        ...("minScore" in filter ? { score: { gte: Number(filter.minScore) } } : {}),
      },
      orderBy: [{ score: "desc" }, { projectId: "asc" }, { productId: "asc" }],
    });
    expect(expected.length).toBeGreaterThan(3 * PAGE);
    const seen: string[] = [];
    let total = -1;
    for (let page = 1; page <= Math.ceil(expected.length / PAGE) + 1; page++) {
      const result = await listMatches(actor, { ...filter, pageSize: String(PAGE), page: String(page) });
      total = result.total;
      seen.push(...result.items.map((i) => `${i.project.id}:${i.product.id}:${i.score}`));
    }
    expect(total).toBe(expected.length);
    expect(seen).toEqual(expected.map((m) => `${m.projectId}:${m.productId}:${m.score}`));
  });
});
