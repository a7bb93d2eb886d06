import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { getPushes } from "@/lib/http/endpoints/matching";
import { listMatches } from "@/lib/services/matching/list";
import { runFullRematch } from "@/lib/services/matching/run";
import { announceOverduePushes } from "@/lib/services/push-overdue";
import { answerPush, createPushes } from "@/lib/services/push-workflow";
import { listPushes, pushBoard } from "@/lib/services/pushes";
import { actorOf, apiRequest, sessionCookie } from "../support/actors";

const since = new Date();
const pushIds: number[] = [];
const DAY = 86_400_000;

afterAll(async () => {
  await db.pushResponse.deleteMany({ where: { pushId: { in: pushIds } } });
  await db.push.deleteMany({ where: { id: { in: pushIds } } });
  // The sweep also announced the demo's own late pushes: leave them as seeded for other files.
  await db.push.updateMany({ where: { overdueNotifiedAt: { not: null } }, data: { overdueNotifiedAt: null } });
  await db.notification.deleteMany({ where: { createdAt: { gte: since }, kind: { in: ["PUSH", "RESPONSE", "OVERDUE"] } } });
});

/** Two library projects bank1 has not been pushed. */
async function unpushedProjects(n: number) {
  const bank1 = await actorOf("bank1");
  return db.project.findMany({
    where: { reviewStatus: "IN_LIBRARY", highEmission: false, pushes: { none: { institutionId: bank1.organizationId! } } },
    orderBy: { id: "asc" }, take: n,
  });
}

describe("late answers", () => {
  it("are announced once to the bank and to the sender; answered pushes and other banks hear nothing", async () => {
    const [staff, bank1, bank2] = [await actorOf("staff"), await actorOf("bank1"), await actorOf("bank2")];
    const [late, answered] = await unpushedProjects(2);
    const longAgo = new Date(Date.now() - 30 * DAY);
    const a = await createPushes(staff, { projectId: late.id, institutionIds: [bank1.organizationId] }, null, longAgo);
    const b = await createPushes(staff, { projectId: answered.id, institutionIds: [bank1.organizationId] }, null, longAgo);
    pushIds.push(...a.ids, ...b.ids);
    expect(a.dueAt.getTime()).toBeLessThan(Date.now());
    await answerPush(bank1, b.ids[0], { status: "INTERESTED" });

    expect(await announceOverduePushes()).toBeGreaterThanOrEqual(1);
    const notices = await db.notification.findMany({ where: { kind: "OVERDUE", createdAt: { gte: since } }, include: { user: true } });
    const about = (name: string) => notices.filter((n) => n.title.includes(name));
    const bankUsers = await db.user.count({ where: { organizationId: bank1.organizationId!, active: true } });
    expect(about(late.name).filter((n) => n.user.organizationId === bank1.organizationId).length).toBe(bankUsers);
    expect(about(late.name).filter((n) => n.userId === staff.id)).toHaveLength(1);
    expect(about(late.name).some((n) => n.user.organizationId === bank2.organizationId)).toBe(false);
    expect(about(answered.name)).toHaveLength(0);
    expect((await db.push.findUniqueOrThrow({ where: { id: a.ids[0] } })).overdueNotifiedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "push.overdue", entityId: String(a.ids[0]) } })).toBe(1);

    // A second run, or two at once, announce nothing more.
    const again = await Promise.all([announceOverduePushes(), announceOverduePushes()]);
    expect(again).toEqual([0, 0]);
    expect(await db.notification.count({ where: { kind: "OVERDUE", createdAt: { gte: since } } })).toBe(notices.length);
  });
});

describe("the bureau's response board", () => {
  it("counts, per institution, pushed, waiting, late and answered-late pushes as the records say", async () => {
    const now = new Date();
    const board = await pushBoard(await actorOf("staff"), now);
    expect(board.rows.length).toBeGreaterThan(1);
    for (const row of board.rows) {
      const where = { institutionId: row.institution.id };
      expect(row.total).toBe(await db.push.count({ where }));
      expect(row.pending).toBe(await db.push.count({ where: { ...where, status: "PENDING" } }));
      expect(row.overdue).toBe(await db.push.count({ where: { ...where, status: "PENDING", dueAt: { lt: now } } }));
      const answered = await db.push.findMany({ where: { ...where, respondedAt: { not: null } }, select: { respondedAt: true, dueAt: true } });
      expect(row.answeredLate).toBe(answered.filter((p) => p.respondedAt! > p.dueAt).length);
    }
    expect(board.totals.total).toBe(await db.push.count());
    expect(board.rows.map((r) => r.overdue)).toEqual([...board.rows.map((r) => r.overdue)].sort((x, y) => y - x));
  });

  it("lists only late pushes, longest late first, with overdue=1 through the API", async () => {
    const res = await getPushes(apiRequest("/api/v1/pushes?overdue=1&pageSize=200", { cookie: await sessionCookie("leader") }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const body = await res.json();
    const now = Date.now();
    expect(body.total).toBe(await db.push.count({ where: { status: "PENDING", dueAt: { lt: new Date(now) } } }));
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((p: { status: string; overdue: boolean }) => p.status === "PENDING" && p.overdue)).toBe(true);
    const due = body.items.map((p: { dueAt: string }) => p.dueAt);
    expect(due).toEqual([...due].sort());
  });

  it("shows a bank only its own row and its own pushes, whatever institution it asks for", async () => {
    const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
    const board = await pushBoard(bank1);
    expect(board.rows.map((r) => r.institution.id)).toEqual([bank1.organizationId]);
    const asked = await listPushes(bank1, { institutionId: bank2.organizationId, pageSize: 200 });
    expect(asked.total).toBe(await db.push.count({ where: { institutionId: bank1.organizationId! } }));
    expect(asked.items.every((p) => p.institution.id === bank1.organizationId)).toBe(true);
  });
});

describe("matches filtered and sorted", () => {
  it("by category and district, sorted by gap, and never outside a bank's own products", async () => {
    const [staff, bank1, bank2] = [await actorOf("staff"), await actorOf("bank1"), await actorOf("bank2")];
    const top = await db.match.groupBy({ by: ["projectId"], where: { eligible: true }, _count: { _all: true }, orderBy: { _count: { projectId: "desc" } }, take: 1 });
    const project = await db.project.findUniqueOrThrow({ where: { id: top[0].projectId }, include: { category: true, region: true } });
    const filtered = await listMatches(staff, { categoryId: project.categoryId, regionId: project.regionId, pageSize: 200 });
    expect(filtered.total).toBe(await db.match.count({ where: { eligible: true, project: { categoryId: project.categoryId, regionId: project.regionId } } }));
    expect(filtered.items.every((i) => i.project.category === project.category.name && i.project.district === project.region.name)).toBe(true);

    const byGap = (await listMatches(staff, { sort: "gap", pageSize: 200 })).items.map((i) => BigInt(i.project.gap));
    expect(byGap.length).toBeGreaterThan(10);
    expect(byGap.every((g, i) => i === 0 || byGap[i - 1] >= g)).toBe(true);

    const own = await listMatches(bank1, { institutionId: bank2.organizationId, pageSize: 200 });
    expect(own.total).toBe(await db.match.count({ where: { eligible: true, product: { institutionId: bank1.organizationId! } } }));
    expect(own.items.every((i) => i.product.institution.id === bank1.organizationId)).toBe(true);
  });
});

describe("the full re-match on demand", () => {
  it("is the bureau's alone, gives the same matches again, and is audited", async () => {
    const before = await db.match.findMany({ where: { eligible: true }, select: { projectId: true, productId: true, score: true }, orderBy: [{ projectId: "asc" }, { productId: "asc" }] });
    await expect(runFullRematch(await actorOf("bank1"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(runFullRematch(await actorOf("leader"))).rejects.toBeInstanceOf(ForbiddenError);
    const result = await runFullRematch(await actorOf("staff"), "10.0.0.9");
    expect(result.matches).toBe(before.length);
    const after = await db.match.findMany({ where: { eligible: true }, select: { projectId: true, productId: true, score: true }, orderBy: [{ projectId: "asc" }, { productId: "asc" }] });
    expect(after).toEqual(before);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "match.rematchAll" }, orderBy: { id: "desc" } });
    expect(entry.actorName).toBe("staff");
    expect(entry.ip).toBe("10.0.0.9");
  });
});
