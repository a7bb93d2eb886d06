import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getMissingReports, getProblems, getProblemsExport, getReports, postProblemClose, postReport } from "@/lib/http/endpoints/dispatch";
import { missingReports } from "@/lib/services/dispatch/expected";
import { addProblem, closeProblem, listProblems, problemOverview } from "@/lib/services/dispatch/problems";
import { fileReport, listReports } from "@/lib/services/dispatch/reports";
import { actorOf, apiRequest, sessionCookie, type DemoUser } from "../support/actors";
import { readSheet } from "../support/xlsx";

/** The demo's "today": 23 November 2026, noon in China. */
const NOW = new Date("2026-11-23T04:00:00Z");
const NOV = { year: 2026, month: 11 };
const OCT = { year: 2026, month: 10 };
const noParams = { params: Promise.resolve({}) };

const projectId = async (code: string) => (await db.project.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
/** The owner's (湘潭城市建设投资经营集团) project that filed October; and one that missed it. */
const OWN_FILED = "XTQT-2024-030";
const OWN_MISSED = "XTQT-2025-015";
const OTHER_ORG = "XTQT-2024-004";

const problemRow = { description: "施工便道需临时占用河堤管理范围", category: "APPROVAL", department: "市水利局", dueDate: "2026-12-20" };
const novReport = async (code: string, extra: object = {}) => ({
  projectId: await projectId(code), ...NOV, investmentMonth: "650", physicalProgress: "70", narrative: "湿地植被种植完成约六成，生态护岸进入收尾。", ...extra,
});

afterEach(async () => {
  // Only November is written by these tests: the seeded months stay as they are.
  const reports = await db.progressReport.findMany({ where: NOV, select: { id: true } });
  const ids = reports.map((r) => r.id);
  await db.problem.deleteMany({ where: { OR: [{ reportId: { in: ids } }, { description: { startsWith: "测试补充问题" } }] } });
  await db.progressReport.deleteMany({ where: { id: { in: ids } } });
  await db.problem.updateMany({ where: { resolution: { startsWith: "测试销号" } }, data: { status: "OPEN", resolution: null, closedAt: null, closedById: null } });
  await db.notification.deleteMany({ where: { kind: "PROBLEM" } });
});

describe("the demo's dispatch figures", () => {
  it("October: 37 projects expected, 15 filed, 22 missing; November: none filed yet", async () => {
    const staff = await actorOf("staff");
    expect(await missingReports(staff, OCT, NOW)).toMatchObject({ expected: 37, filed: 15, missing: 22 });
    const nov = await missingReports(staff, {}, NOW);
    expect(nov).toMatchObject({ period: { ...NOV, label: "2026年11月" }, expected: 37, filed: 0, missing: 37 });
    expect((await listReports(staff, OCT, NOW)).total).toBe(15);
  });

  it("an owner sees only its own projects: one filed October, one missed it", async () => {
    const owner = await actorOf("owner");
    const oct = await missingReports(owner, OCT, NOW);
    expect(oct).toMatchObject({ expected: 2, filed: 1, missing: 1 });
    expect(oct.items.map((p) => [p.code, p.lastReport?.label])).toEqual([[OWN_MISSED, "2026年9月"]]);
    const problems = await listProblems(owner, {}, NOW);
    expect(problems.total).toBe(2);
    expect(new Set(problems.items.map((p) => p.project.code))).toEqual(new Set([OWN_FILED, OWN_MISSED]));
  });

  it("9 open problems, 6 of them overdue on 23 November; the list puts the most overdue first", async () => {
    const staff = await actorOf("staff");
    expect(await problemOverview(staff, NOW)).toMatchObject({ open: 9, overdue: 6 });
    const overdue = await listProblems(staff, { overdue: "true" }, NOW);
    expect(overdue.total).toBe(6);
    expect(overdue.items[0]).toMatchObject({ dueDate: "2026-10-20", overdue: true, daysOverdue: 34, category: "LAND" });
    expect((await listProblems(staff, { status: "CLOSED" }, NOW)).total).toBe(6);
    expect((await listProblems(staff, { category: "TECHNICAL", department: "国网湘潭供电公司", status: "OPEN" }, NOW)).total).toBe(3);
    // A problem due today is not yet overdue.
    expect((await listProblems(staff, { overdue: "true" }, new Date("2026-11-19T16:00:00Z"))).total).toBe(5);
  });
});

describe("filing a monthly report", () => {
  it("the owner files for its own project with a problem: cumulative defaults to October's plus this month, audited; the missing list shrinks by one", async () => {
    const owner = await actorOf("owner");
    const staff = await actorOf("staff");
    const before = (await missingReports(staff, NOV, NOW)).missing;
    const filed = await fileReport(owner, { ...(await novReport(OWN_FILED)), problems: [problemRow] }, "10.1.2.3", NOW);
    expect(filed.investmentCumulative).toBe(102_500_000n); // 9,600 + 650 万元
    const report = await db.progressReport.findUniqueOrThrow({ where: { id: filed.id }, include: { problems: true } });
    expect(report).toMatchObject({ ...NOV, investmentMonth: 6_500_000n, investmentCumulative: 102_500_000n, physicalProgress: 70, filedById: owner.id });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ status: "OPEN", category: "APPROVAL", department: "市水利局", dueDate: new Date("2026-12-20T00:00:00Z") });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "report.file", entityId: String(filed.id) } });
    expect(entry).toMatchObject({ actorName: "owner", ip: "10.1.2.3" });
    expect((await missingReports(staff, NOV, NOW)).missing).toBe(before - 1);
    expect((await missingReports(owner, NOV, NOW)).items.map((p) => p.code)).toEqual([OWN_MISSED]);
    expect((await problemOverview(staff, NOW)).open).toBe(10);
  });

  it("an owner filing for another organization's project is answered 404 and nothing is written", async () => {
    const owner = await actorOf("owner");
    await expect(fileReport(owner, await novReport(OTHER_ORG, { investmentCumulative: "194000" }), null, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.progressReport.count({ where: NOV })).toBe(0);
  });

  it("a second report for the same project and month is refused with a clear message, and nothing is written", async () => {
    const owner = await actorOf("owner");
    const staff = await actorOf("staff");
    await fileReport(owner, await novReport(OWN_FILED), null, NOW);
    const problemsBefore = await db.problem.count();
    const error = await fileReport(staff, { ...(await novReport(OWN_FILED)), problems: [problemRow] }, null, NOW).catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.status).toBe(409);
    expect(error.message).toContain("2026年11月");
    expect(error.message).toContain("已经填报");
    expect(await db.problem.count()).toBe(problemsBefore);
    expect(await db.progressReport.count({ where: NOV })).toBe(1);
  });

  it("of five people filing the same month at once, exactly one succeeds; the others get 409 and leave nothing behind", async () => {
    const staff = await actorOf("staff");
    const input = { ...(await novReport(OWN_FILED)), problems: [problemRow] };
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => fileReport(staff, input, null, NOW)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused.map((o) => o.reason instanceof ConflictError)).toEqual([true, true, true, true]);
    expect(await db.progressReport.count({ where: NOV })).toBe(1);
    expect(await db.problem.count({ where: { report: NOV } })).toBe(1);
  });

  it("staff file on an owner's behalf; after a missed month the cumulative must be given and may not fall", async () => {
    const staff = await actorOf("staff");
    const missed = await novReport(OWN_MISSED, { physicalProgress: "40" });
    const blank = await fileReport(staff, missed, null, NOW).catch((e) => e);
    expect(blank).toBeInstanceOf(ValidationError);
    expect(blank.details.fields.map((f: { path: string }) => f.path)).toEqual(["investmentCumulative"]);
    const low = await fileReport(staff, { ...missed, investmentCumulative: "5000" }, null, NOW).catch((e) => e);
    expect(low.details.fields[0].message).toContain("2026年9月");
    const ok = await fileReport(staff, { ...missed, investmentCumulative: "6.9亿" }, null, NOW);
    expect(ok.investmentCumulative).toBe(690_000_000n);
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: ok.id } })).filedById).toBe(staff.id);
  });

  it("refuses inconsistent figures, past due dates and future months with messages per field, writing nothing", async () => {
    const staff = await actorOf("staff");
    const base = await novReport(OWN_FILED);
    const mismatch = await fileReport(staff, { ...base, investmentCumulative: "10000", physicalProgress: "60" }, null, NOW).catch((e) => e);
    expect(mismatch).toBeInstanceOf(ValidationError);
    expect(mismatch.details.fields.map((f: { path: string }) => f.path).sort()).toEqual(["investmentCumulative", "physicalProgress"]);
    const late = await fileReport(staff, { ...base, problems: [{ ...problemRow, dueDate: "2026-11-01" }, { ...problemRow, category: "天气" }] }, null, NOW).catch((e) => e);
    expect(late.details.fields.map((f: { path: string }) => f.path)).toEqual(["problems.1.category"]);
    const past = await fileReport(staff, { ...base, problems: [{ ...problemRow, dueDate: "2026-11-01" }] }, null, NOW).catch((e) => e);
    expect(past.details.fields).toEqual([{ path: "problems.0.dueDate", message: "整改期限不能早于今天" }]);
    const future = await fileReport(staff, { ...base, month: "12" }, null, NOW).catch((e) => e);
    expect(future).toBeInstanceOf(ValidationError);
    expect(future.details.fields[0].path).toBe("month");
    expect(await db.progressReport.count({ where: { year: 2026, month: { gte: 11 } } })).toBe(0);
  });

  it("leaders read only, banks see nothing of the dispatch", async () => {
    const leader = await actorOf("leader");
    const bank = await actorOf("bank1");
    await expect(fileReport(leader, await novReport(OWN_FILED), null, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await missingReports(leader, OCT, NOW)).missing).toBe(22);
    await expect(fileReport(bank, await novReport(OWN_FILED), null, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(missingReports(bank, OCT, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listReports(bank, OCT, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listProblems(bank, {}, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addProblem(bank, { ...problemRow, projectId: await projectId(OWN_FILED) }, null, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("closing problems (销号)", () => {
  const openProblemOf = async (code: string) => db.problem.findFirstOrThrow({ where: { status: "OPEN", project: { code } } });

  it("staff close with the resolution: status, time and closer recorded, audited, the owner organization notified", async () => {
    const staff = await actorOf("staff");
    const owner = await actorOf("owner");
    const problem = await openProblemOf(OWN_FILED);
    const result = await closeProblem(staff, problem.id, { resolution: "测试销号：市水利局已调整施工窗口，水下护岸于11月完工" }, "10.9.9.9", NOW);
    expect(result).toMatchObject({ status: "CLOSED", closedBy: staff.displayName });
    expect(await db.problem.findUniqueOrThrow({ where: { id: problem.id } })).toMatchObject({
      status: "CLOSED", closedAt: NOW, closedById: staff.id, resolution: "测试销号：市水利局已调整施工窗口，水下护岸于11月完工",
    });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "problem.close", entityId: String(problem.id) }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorName: "staff", ip: "10.9.9.9" });
    const notices = await db.notification.findMany({ where: { kind: "PROBLEM", userId: owner.id } });
    expect(notices).toHaveLength(1);
    expect(notices[0].body).toContain("测试销号");
    expect((await problemOverview(staff, NOW)).open).toBe(8);

    const again = await closeProblem(staff, problem.id, { resolution: "测试销号：再次" }, null, NOW).catch((e) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect(again.message).toContain("已于");
  });

  it("two officers closing the same problem at once: one closes it, the other is told it is already closed", async () => {
    const problem = await openProblemOf(OWN_MISSED);
    const [staff, admin] = [await actorOf("staff"), await actorOf("admin")];
    const outcomes = await Promise.allSettled([
      closeProblem(staff, problem.id, { resolution: "测试销号：业务员协调完成" }, null, NOW),
      closeProblem(admin, problem.id, { resolution: "测试销号：管理员协调完成" }, null, NOW),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected")!;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(await db.auditLog.count({ where: { action: "problem.close", entityId: String(problem.id) } })).toBe(1);
  });

  it("requires a resolution, and only the bureau may close: leader and owner 403, a missing id 404", async () => {
    const problem = await openProblemOf(OWN_FILED);
    const staff = await actorOf("staff");
    const empty = await closeProblem(staff, problem.id, { resolution: "  " }, null, NOW).catch((e) => e);
    expect(empty).toBeInstanceOf(ValidationError);
    expect(empty.details.fields[0]).toEqual({ path: "resolution", message: "请填写销号情况说明" });
    for (const who of ["leader", "owner", "bank1"] as DemoUser[]) {
      await expect(closeProblem(await actorOf(who), problem.id, { resolution: "测试销号：越权" }, null, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(closeProblem(staff, 999_999, { resolution: "测试销号：不存在" }, null, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.problem.findUniqueOrThrow({ where: { id: problem.id } })).status).toBe("OPEN");
  });

  it("owners add a problem to their own project between reports; not to another organization's", async () => {
    const owner = await actorOf("owner");
    const added = await addProblem(owner, { ...problemRow, description: "测试补充问题：管网迁改协调", projectId: String(await projectId(OWN_MISSED)) }, null, NOW);
    expect(added).toMatchObject({ status: "OPEN", overdue: false, project: { code: OWN_MISSED }, reportId: null });
    await expect(addProblem(owner, { ...problemRow, description: "测试补充问题：越权", projectId: await projectId(OTHER_ORG) }, null, NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the dispatch API", () => {
  it("GET reports and the missing list for a month, money as yuan strings", async () => {
    const cookie = await sessionCookie("leader");
    const reports = await getReports(apiRequest("/api/v1/reports?year=2026&month=10", { cookie }), noParams);
    expect(reports.status).toBe(200);
    const body = await reports.json();
    expect(body.total).toBe(15);
    const hospital = body.items.find((r: { project: { code: string } }) => r.project.code === "XTQT-2024-019");
    expect(hospital).toMatchObject({ investmentMonth: "14505000", investmentCumulative: "203505000", physicalProgress: 60 });
    const missing = await (await getMissingReports(apiRequest("/api/v1/reports/missing?year=2026&month=10", { cookie }), noParams)).json();
    expect(missing).toMatchObject({ period: { label: "2026年10月" }, expected: 37, filed: 15, missing: 22 });
    expect(missing.items).toHaveLength(22);
    const one = await (await getReports(apiRequest(`/api/v1/reports?projectId=${await projectId(OWN_FILED)}`, { cookie }), noParams)).json();
    expect(one.items.map((r: { month: number }) => r.month)).toEqual([10, 9, 8]);
    expect((await getReports(apiRequest("/api/v1/reports?year=2026", { cookie }), noParams)).status).toBe(400);
  });

  it("POST a report with problems: 201 for the owner, 409 for the same month again, 404 for another organization's project", async () => {
    const cookie = await sessionCookie("owner");
    const post = async (body: object) => postReport(apiRequest("/api/v1/reports", { method: "POST", cookie, body: JSON.stringify(body), headers: { "content-type": "application/json" } }), noParams);
    const body = { ...(await novReport(OWN_MISSED)), investmentCumulative: "6000", physicalProgress: 40, problems: [{ ...problemRow, dueDate: "2099-12-31" }] };
    const created = await post(body);
    expect(created.status).toBe(201);
    const answer = await created.json();
    expect(answer).toMatchObject({ ...NOV, investmentCumulative: "60000000" });
    expect(answer.problemIds).toHaveLength(1);
    const twice = await post(body);
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.message).toContain("已经填报");
    expect((await post({ ...body, projectId: await projectId(OTHER_ORG) })).status).toBe(404);
    const leader = await postReport(apiRequest("/api/v1/reports", { method: "POST", cookie: await sessionCookie("leader"), body: JSON.stringify(body) }), noParams);
    expect(leader.status).toBe(403);
  });

  it("GET problems with filters; POST close: 403 for a leader, 201 for staff, 409 once closed; banks 403, nobody 401", async () => {
    const staff = await sessionCookie("staff");
    const land = await (await getProblems(apiRequest("/api/v1/problems?category=LAND", { cookie: staff }), noParams)).json();
    expect(land.total).toBe(3);
    const open = await (await getProblems(apiRequest("/api/v1/problems?status=OPEN&pageSize=50", { cookie: staff }), noParams)).json();
    expect(open.total).toBe(9);
    const target = open.items.find((p: { project: { code: string } }) => p.project.code === OWN_FILED);
    const close = async (cookie: string, resolution: string) =>
      postProblemClose(apiRequest(`/api/v1/problems/${target.id}/close`, { method: "POST", cookie, body: JSON.stringify({ resolution }) }), { params: Promise.resolve({ id: String(target.id) }) });
    expect((await close(await sessionCookie("leader"), "测试销号：领导")).status).toBe(403);
    const closed = await close(staff, "测试销号：已协调");
    expect(closed.status).toBe(201);
    expect(await closed.json()).toMatchObject({ id: target.id, status: "CLOSED", resolution: "测试销号：已协调" });
    expect((await close(staff, "测试销号：再次")).status).toBe(409);

    const bank = await sessionCookie("bank1");
    expect((await getProblems(apiRequest("/api/v1/problems", { cookie: bank }), noParams)).status).toBe(403);
    expect((await getReports(apiRequest("/api/v1/reports", { cookie: bank }), noParams)).status).toBe(403);
    expect((await getMissingReports(apiRequest("/api/v1/reports/missing", { cookie: bank }), noParams)).status).toBe(403);
    expect((await getProblems(apiRequest("/api/v1/problems"), noParams)).status).toBe(401);
  });

  it("exports the filtered problem list as xlsx, audited", async () => {
    const res = await getProblemsExport(apiRequest("/api/v1/problems/export?status=CLOSED", { cookie: await sessionCookie("leader") }), noParams);
    expect(res.status).toBe(200);
    const rows = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(rows[0]).toContain("销号情况");
    expect(rows).toHaveLength(1 + 6);
    expect(rows.slice(1).every((r) => r.includes("已销号"))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "problem.export", actorName: "leader" } })).toBeGreaterThan(0);
  });
});
