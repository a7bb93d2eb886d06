import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getMatches, getPushes, postPushResponse, postPushes } from "@/lib/http/endpoints/matching";
import { deleteFinancingRecord } from "@/lib/services/financing/records";
import { listMatches } from "@/lib/services/matching/list";
import { getProjectDetail } from "@/lib/services/projects/detail";
import { refreshPushStage } from "@/lib/services/push-stage";
import { answerPush, createPushes } from "@/lib/services/push-workflow";
import { listPushes } from "@/lib/services/pushes";
import { actorOf, apiRequest, sessionCookie } from "../support/actors";

const WAN = 10_000n;
const pushIds: number[] = [];
const since = new Date();

afterAll(async () => {
  const admin = await actorOf("admin");
  for (const r of await db.financingRecord.findMany({ where: { pushId: { in: pushIds } } })) {
    await deleteFinancingRecord(admin, r.id, { version: r.version, reason: "测试数据清理" });
  }
  const projectIds = [...new Set((await db.push.findMany({ where: { id: { in: pushIds } }, select: { projectId: true } })).map((p) => p.projectId))];
  await db.pushResponse.deleteMany({ where: { pushId: { in: pushIds } } });
  await db.push.deleteMany({ where: { id: { in: pushIds } } });
  // The projects' funnel stage, as the push service would have kept it without these pushes.
  for (const projectId of projectIds) await db.$transaction((tx) => refreshPushStage(tx, projectId));
  await db.notification.deleteMany({ where: { createdAt: { gte: since }, kind: { in: ["PUSH", "RESPONSE"] } } });
});

/** A library project neither bank has been pushed, with a gap of at least 1 亿元. */
async function freshProject() {
  const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
  return db.project.findFirstOrThrow({
    where: {
      reviewStatus: "IN_LIBRARY", highEmission: false, gapAmount: { gte: 10_000n * WAN },
      pushes: { none: { institutionId: { in: [bank1.organizationId!, bank2.organizationId!] } } },
      matches: { none: { product: { institutionId: bank2.organizationId! } } },
    },
    orderBy: { id: "desc" },
  });
}

describe("pushing a project to a bank and the bank's answers", () => {
  it("staff push; bank A answers interested, then approved 5,000 万元, then disbursed: secured rises by exactly 5,000 万元 once", async () => {
    const [staff, bank1, bank2] = [await actorOf("staff"), await actorOf("bank1"), await actorOf("bank2")];
    const project = await freshProject();
    // A Friday afternoon in China: ten working days later is the Friday two weeks on, end of day.
    const friday = new Date("2026-11-20T07:00:00Z");
    const { ids, dueAt } = await createPushes(staff, { projectId: project.id, institutionIds: [bank1.organizationId], message: "请重点关注" }, "10.0.0.9", friday);
    pushIds.push(...ids);
    // Midnight after Friday 2026-12-04 in China.
    expect(dueAt.toISOString()).toBe("2026-12-04T16:00:00.000Z");
    const notices = await db.notification.findMany({ where: { kind: "PUSH", createdAt: { gte: since }, user: { organizationId: bank1.organizationId! } } });
    expect(notices.map((n) => n.title)).toContain(`新推送项目：${project.name}`);
    expect(await db.notification.count({ where: { kind: "PUSH", createdAt: { gte: since }, user: { organizationId: bank2.organizationId! } } })).toBe(0);
    const again = await createPushes(staff, { projectId: project.id, institutionIds: [bank1.organizationId] }).catch((e) => e);
    expect(again).toBeInstanceOf(ValidationError);
    expect(again.message).toContain("已推送过");

    const [id] = ids;
    await answerPush(bank1, id, { status: "INTERESTED" });
    const declined = await answerPush(bank1, id, { status: "DECLINED" }).catch((e) => e);
    expect(declined.details.fields[0]).toMatchObject({ path: "reason", message: "不感兴趣须说明原因" });
    const noAmount = await answerPush(bank1, id, { status: "APPROVED" }).catch((e) => e);
    expect(noAmount.details.fields[0].path).toBe("amount");
    const approved = await answerPush(bank1, id, { status: "APPROVED", amount: "5000", rateBp: "3.1", termMonths: "96" });
    const afterApproval = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(afterApproval.securedAmount - project.securedAmount).toBe(5_000n * WAN);
    expect(project.gapAmount - afterApproval.gapAmount).toBe(5_000n * WAN);
    const disbursed = await answerPush(bank1, id, { status: "DISBURSED", amount: "5000", date: "2026-11-21" });
    expect(disbursed.financingRecordId).toBe(approved.financingRecordId);
    const record = await db.financingRecord.findUniqueOrThrow({ where: { id: approved.financingRecordId! } });
    expect(record).toMatchObject({ status: "DISBURSED", amount: 5_000n * WAN, institutionId: bank1.organizationId, pushId: id, rateBp: 310 });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).securedAmount - project.securedAmount).toBe(5_000n * WAN);
    const finished = await answerPush(bank1, id, { status: "INTERESTED" }).catch((e) => e);
    expect(finished.message).toBe("该推送已办结，不能再答复");
    const responses = await db.notification.findMany({ where: { kind: "RESPONSE", createdAt: { gte: since }, user: { username: "staff" } } });
    expect(responses.map((n) => n.title)).toEqual(expect.arrayContaining([expect.stringContaining("已授信 5,000.00 万元")]));
    expect(await db.auditLog.count({ where: { entity: "Push", entityId: String(id), action: "push.respond" } })).toBe(3);

    // Bank B finds no trace: not in its pushes, matches, notifications, or the project's records.
    expect((await listPushes(bank2, { pageSize: 200 })).items.map((p) => p.id)).not.toContain(id);
    expect((await listMatches(bank2, { projectId: project.id })).total).toBe(0);
    await expect(answerPush(bank2, id, { status: "INTERESTED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProjectDetail(bank2, project.id)).rejects.toBeInstanceOf(NotFoundError);
    const bank2Notices = await db.notification.findMany({ where: { user: { organizationId: bank2.organizationId! } } });
    expect(bank2Notices.some((n) => `${n.title}${n.body}`.includes(project.name))).toBe(false);
    // Bank A sees its own record on the project, and nobody else's.
    const mine = await getProjectDetail(bank1, project.id);
    expect(mine.financing.every((f) => f.institutionId === bank1.organizationId)).toBe(true);
    expect(mine.financing.map((f) => f.id)).toContain(record.id);
  });

  it("only the bureau pushes, only library projects, and only to institutions", async () => {
    const [staff, bank1, leader] = [await actorOf("staff"), await actorOf("bank1"), await actorOf("leader")];
    const project = await freshProject();
    await expect(createPushes(bank1, { projectId: project.id, institutionIds: [bank1.organizationId] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createPushes(leader, { projectId: project.id, institutionIds: [bank1.organizationId] })).rejects.toBeInstanceOf(ForbiddenError);
    const owner = await db.organization.findFirstOrThrow({ where: { kind: "PROJECT_OWNER" } });
    const e = await createPushes(staff, { projectId: project.id, institutionIds: [owner.id] }).catch((x) => x);
    expect(e.details.fields[0].path).toBe("institutionIds");
    expect(await db.push.count({ where: { projectId: project.id, institutionId: owner.id } })).toBe(0);
  });
});

describe("matching and push API: two banks fully isolated", () => {
  const noParams = { params: Promise.resolve({}) };

  it("a bank's /matches holds only its own products; the bureau filters by institution", async () => {
    const [bank1, bank2] = [await actorOf("bank1"), await actorOf("bank2")];
    const mine = await (await getMatches(apiRequest("/api/v1/matches?pageSize=200", { cookie: await sessionCookie("bank1") }), noParams)).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i: { product: { institution: { id: number } } }) => i.product.institution.id === bank1.organizationId)).toBe(true);
    const sneaky = await (await getMatches(apiRequest(`/api/v1/matches?institutionId=${bank2.organizationId}`, { cookie: await sessionCookie("bank1") }), noParams)).json();
    expect(sneaky.total).toBe(mine.total);
    const item = mine.items[0];
    expect(item.reasons.filter((r: { kind: string }) => r.kind === "rule")).toHaveLength(7);
    expect(item.reasons.every((r: { text: string }) => r.text.length > 0)).toBe(true);
    const bureau = await (await getMatches(apiRequest(`/api/v1/matches?institutionId=${bank2.organizationId}&pageSize=5`, { cookie: await sessionCookie("staff") }), noParams)).json();
    expect(bureau.items.every((i: { product: { institution: { id: number } } }) => i.product.institution.id === bank2.organizationId)).toBe(true);
    expect((await getMatches(apiRequest("/api/v1/matches", { cookie: await sessionCookie("owner") }), noParams)).status).toBe(403);
  });

  it("pushes and answers through the API, with 404 for another bank's push", async () => {
    const bank1 = await actorOf("bank1");
    const project = await freshProject();
    const res = await postPushes(apiRequest("/api/v1/pushes", { method: "POST", cookie: await sessionCookie("staff"), body: JSON.stringify({ projectId: project.id, institutionIds: [bank1.organizationId] }) }), noParams);
    expect(res.status).toBe(201);
    const { ids } = await res.json();
    pushIds.push(...ids);
    const params = { params: Promise.resolve({ id: String(ids[0]) }) };
    const other = await postPushResponse(apiRequest(`/api/v1/pushes/${ids[0]}/responses`, { method: "POST", cookie: await sessionCookie("bank2"), body: JSON.stringify({ status: "INTERESTED" }) }), params);
    expect(other.status).toBe(404);
    const ok = await postPushResponse(apiRequest(`/api/v1/pushes/${ids[0]}/responses`, { method: "POST", cookie: await sessionCookie("bank1"), body: JSON.stringify({ status: "DECLINED", reason: "不在本行授信范围" }) }), params);
    expect(ok.status).toBe(201);
    const pushesOf = async (bank: "bank1" | "bank2") =>
      (await (await getPushes(apiRequest("/api/v1/pushes?pageSize=200", { cookie: await sessionCookie(bank) }), noParams)).json()).items.map((p: { id: number }) => p.id);
    expect(await pushesOf("bank1")).toContain(ids[0]);
    expect(await pushesOf("bank2")).not.toContain(ids[0]);
  });
});

describe("the inbox", () => {
  it("each user reads and clears only their own notices", async () => {
    const [staff, bank1] = [await actorOf("staff"), await actorOf("bank1")];
    const mine = await db.notification.create({ data: { userId: bank1.id, kind: "SYSTEM", title: "收件箱测试通知" } });
    const theirs = await db.notification.create({ data: { userId: staff.id, kind: "SYSTEM", title: "别人的通知" } });
    try {
      const { listNotifications, markRead } = await import("@/lib/services/notifications");
      const inbox = await listNotifications(bank1, { unread: "true" });
      expect(inbox.items.map((n) => n.id)).toContain(mine.id);
      expect(inbox.items.map((n) => n.id)).not.toContain(theirs.id);
      expect(await markRead(bank1, { ids: [mine.id, theirs.id] })).toEqual({ marked: 1 });
      expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
      expect((await listNotifications(bank1, { unread: "true" })).items.map((n) => n.id)).not.toContain(mine.id);
    } finally {
      await db.notification.deleteMany({ where: { id: { in: [mine.id, theirs.id] } } });
    }
  });
});
