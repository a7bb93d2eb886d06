// A synthetic library for benchmarks and load tests: N projects with financing records, pushes and
// their answers, transitions, monthly reports, problems, finance products and ADB sub-projects, in
// the proportions of the pilot city's data. Deterministic for a seed. Expects the reference data
// (regions, categories, institutions, bureau users: the demo seed) to be loaded already; every
// generated code starts with "GEN<seed>-" so it never collides with real or demo records.
import type { Db } from "../client";
import { furthestPushStage } from "@/lib/domain/cockpit/definitions";
import { INSTITUTION_KINDS, instrumentSet } from "@/lib/domain/instruments";
import { insertRows } from "../insert-rows";
import { rng, type Rng } from "./random";

export interface GenerateOptions {
  projects: number;
  seed?: number;
  /** The generator's "today" (default: the start of the current UTC day): dates fall before it, due dates around it. */
  now?: Date;
  log?: (line: string) => void;
}

export interface GenerateResult {
  projects: number;
  owners: number;
  products: number;
  financingRecords: number;
  transitions: number;
  pushes: number;
  responses: number;
  reports: number;
  problems: number;
  adbSubProjects: number;
  ms: number;
}

const CHUNK = 1000;
const DAY = 86_400_000;
const WAN = 10_000n;

type Status = "DRAFT" | "SUBMITTED" | "IN_LIBRARY" | "RETURNED" | "REJECTED" | "ARCHIVED";
type Instrument = "ADB_LOAN" | "GREEN_LOAN" | "GREEN_BOND" | "GREEN_FUND" | "FISCAL" | "PLEDGE_LOAN" | "TRANSITION_LOAN" | "PPP" | "OTHER";
type PushStatus = "PENDING" | "INTERESTED" | "DECLINED" | "DUE_DILIGENCE" | "APPROVED" | "DISBURSED";

const STATUSES: [Status, number][] = [["IN_LIBRARY", 70], ["SUBMITTED", 9], ["DRAFT", 8], ["RETURNED", 6], ["REJECTED", 4], ["ARCHIVED", 3]];
const STAGES: ["PREPARATION" | "CONSTRUCTION" | "OPERATING", number][] = [["PREPARATION", 45], ["CONSTRUCTION", 40], ["OPERATING", 15]];
const INSTRUMENTS: [Instrument, number][] = [
  ["GREEN_LOAN", 40], ["FISCAL", 15], ["GREEN_BOND", 8], ["ADB_LOAN", 5], ["GREEN_FUND", 6], ["PLEDGE_LOAN", 6], ["TRANSITION_LOAN", 6], ["PPP", 8], ["OTHER", 6],
];
const PUSH_STATUSES: [PushStatus, number][] = [["PENDING", 30], ["INTERESTED", 20], ["DECLINED", 20], ["DUE_DILIGENCE", 12], ["APPROVED", 10], ["DISBURSED", 8]];
const WORDS = ["光伏发电", "分散式风电", "储能电站", "工业节能改造", "公交电动化", "污水处理提标", "湿地修复", "海绵城市", "林业碳汇", "建筑节能", "充电桩", "生物质利用", "矿山生态修复", "防洪排涝"];
const PROBLEMS = ["FUNDING", "LAND", "APPROVAL", "TECHNICAL", "OTHER"] as const;
const MILESTONES = [
  "FEASIBILITY_APPROVAL", "PRELIMINARY_DESIGN_APPROVAL", "BIDDING_DOCS_NO_OBJECTION", "BID_OPENING_EVALUATION",
  "TENDER_RESULT_APPROVAL", "CONTRACT_SIGNING", "CONSTRUCTION_START", "COMPLETION",
] as const;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** An amount in yuan, rounded to whole 万元, spread over orders of magnitude like real projects. */
function amountWan(r: Rng, minWan: number, maxWan: number): bigint {
  const lo = Math.log(minWan), hi = Math.log(maxWan);
  return BigInt(Math.round(Math.exp(lo + r.next() * (hi - lo)))) * WAN;
}

const between = (r: Rng, from: number, to: number) => new Date(from + Math.floor(r.next() * Math.max(to - from, 1)));
/** A calendar day as the app stores one (midnight UTC of the day), like dates typed into a form. */
const dayOf = (d: Date) => new Date(Math.floor(d.getTime() / DAY) * DAY);

export async function generate(db: Db, options: GenerateOptions): Promise<GenerateResult> {
  const t0 = performance.now();
  const r = rng(options.seed ?? 20251);
  const now = options.now?.getTime() ?? Math.floor(Date.now() / DAY) * DAY;
  const log = options.log ?? (() => {});
  const N = options.projects;

  const [categories, regions, institutions, staff, programme] = await Promise.all([
    db.category.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
    db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } }, orderBy: { id: "asc" }, select: { id: true } }),
    db.organization.findMany({ where: { kind: { in: [...INSTITUTION_KINDS] } }, orderBy: { id: "asc" }, select: { id: true, kind: true, users: { select: { id: true }, orderBy: { id: "asc" }, take: 1 } } }),
    db.user.findFirst({ where: { role: { in: ["BUREAU_STAFF", "BUREAU_ADMIN"] } }, orderBy: { id: "asc" }, select: { id: true } }),
    db.adbProgramme.findFirst({ orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  if (!categories.length || !regions.length || !institutions.length || !staff) {
    throw new Error("generate: load the reference data first (regions, categories, institutions, a bureau user)");
  }
  const banks = institutions.filter((i) => i.kind === "BANK");
  const byKind = (kind: string) => institutions.filter((i) => i.kind === kind);
  const providerOf = (instrument: Instrument) => {
    const pool = instrument === "ADB_LOAN" ? byKind("MULTILATERAL") : instrument === "FISCAL" ? byKind("GOVERNMENT")
      : instrument === "GREEN_FUND" ? byKind("FUND") : instrument === "GREEN_BOND" ? byKind("UNDERWRITER") : banks;
    return r.pick(pool.length ? pool : institutions);
  };
  const tag = `GEN${options.seed ?? 20251}`;

  // Project owners: about one per 40 projects.
  const ownerCount = Math.max(1, Math.ceil(N / 40));
  await inChunks(Array.from({ length: ownerCount }, (_, i) => ({ name: `${tag}-项目单位-${String(i + 1).padStart(5, "0")}`, kind: "PROJECT_OWNER" as const, regionId: r.pick(regions).id })),
    (data) => db.organization.createMany({ data }));
  const owners = (await db.organization.findMany({ where: { name: { startsWith: `${tag}-项目单位-` } }, orderBy: { id: "asc" }, select: { id: true } })).map((o) => o.id);

  // Finance products: about one per 500 projects, across institutions, categories and regions.
  const productCount = Math.max(1, Math.round(N / 500));
  const productPlans = Array.from({ length: productCount }, (_, i) => {
    const instrument = r.weighted(INSTRUMENTS.filter(([k]) => k !== "FISCAL" && k !== "ADB_LOAN"));
    const min = amountWan(r, 100, 5000);
    return {
      row: {
        institutionId: providerOf(instrument).id, name: `${tag}-产品-${String(i + 1).padStart(4, "0")}`, instrument,
        minAmount: min, maxAmount: min * BigInt(r.int(5, 200)), minTermMonths: 12, maxTermMonths: r.pick([36, 60, 120, 180]),
        rateBp: r.int(260, 480), carbonToolLinked: ["GREEN_LOAN", "PLEDGE_LOAN", "TRANSITION_LOAN"].includes(instrument) && r.chance(0.4),
      },
      categories: [...new Set(Array.from({ length: r.int(1, 4) }, () => r.pick(categories).id))],
      regions: r.chance(0.5) ? [] : [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(regions).id))],
    };
  });
  await inChunks(productPlans.map((p) => p.row), (data) => db.financeProduct.createMany({ data }));
  const productIds = new Map((await db.financeProduct.findMany({ where: { name: { startsWith: `${tag}-产品-` } }, orderBy: { id: "asc" }, select: { id: true, name: true } })).map((p) => [p.name, p.id]));
  await inChunks(productPlans.flatMap((p) => p.categories.map((categoryId) => ({ productId: productIds.get(p.row.name)!, categoryId }))), (data) => db.productCategory.createMany({ data }));
  await inChunks(productPlans.flatMap((p) => p.regions.map((regionId) => ({ productId: productIds.get(p.row.name)!, regionId }))), (data) => db.productRegion.createMany({ data }));
  log(`owners ${ownerCount}, products ${productCount}`);

  // Projects, with their financing records planned first so the cached secured/gap are exact.
  const start = now - 5 * 365 * DAY;
  interface RecordPlan { institutionId: number; instrument: Instrument; amount: bigint; date: Date; status: "APPROVED" | "DISBURSED"; carbonTool: boolean }
  const plans: { code: string; status: Status; submittedAt: Date | null; inLibraryAt: Date | null; stage: string; regionId: number; categoryId: number; records: RecordPlan[] }[] = [];
  const projectRows = [];
  for (let j = 0; j < N; j++) {
    const status = r.weighted(STATUSES);
    const stage = r.weighted(STAGES);
    const total = amountWan(r, 300, 400_000);
    const need = (total * BigInt(r.int(40, 90))) / 100n / WAN * WAN;
    const submittedAt = status === "DRAFT" ? null : between(r, start, now - 30 * DAY);
    // Reviewed within 5–60 days, but never after today (a late submission leaves less time).
    const inLibraryAt = status === "IN_LIBRARY" || status === "ARCHIVED"
      ? new Date(submittedAt!.getTime() + r.int(5, Math.min(60, Math.floor((now - submittedAt!.getTime()) / DAY))) * DAY) : null;
    const records: RecordPlan[] = [];
    if (status === "IN_LIBRARY" && r.chance(0.65)) {
      const share = r.chance(0.4) ? 100 : r.int(10, 90);
      let left = (need * BigInt(share)) / 100n / WAN * WAN;
      const parts = r.int(1, 3);
      for (let k = 0; k < parts && left > 0n; k++) {
        const amount = k === parts - 1 ? left : (left * BigInt(r.int(30, 70))) / 100n / WAN * WAN;
        if (amount <= 0n) continue;
        left -= amount;
        const instrument = r.weighted(INSTRUMENTS);
        records.push({
          institutionId: providerOf(instrument).id, instrument, amount, date: dayOf(between(r, inLibraryAt!.getTime(), now)),
          status: r.chance(0.6) ? "DISBURSED" : "APPROVED", carbonTool: ["GREEN_LOAN", "PLEDGE_LOAN", "TRANSITION_LOAN"].includes(instrument) && r.chance(0.3),
        });
      }
    }
    const secured = records.reduce((s, x) => s + x.amount, 0n);
    const code = `${tag}-${String(j + 1).padStart(6, "0")}`;
    const co2 = r.chance(0.85) ? Math.round(r.next() * 50_000 * 100) / 100 : null;
    const name = `${r.pick(WORDS)}项目${j + 1}号`, ownerOrgId = r.pick(owners), regionId = r.pick(regions).id, categoryId = r.pick(categories).id;
    plans.push({ code, status, submittedAt, inLibraryAt, stage, regionId, categoryId, records });
    projectRows.push({
      code, name, ownerOrgId, regionId, categoryId,
      startYear: 2021 + r.int(0, 5), totalInvestment: total, ownFunds: total - need, financingNeed: need,
      securedAmount: secured, gapAmount: need > secured ? need - secured : 0n, financedInstruments: instrumentSet(records.map((x) => x.instrument)),
      intendedInstrument: r.chance(0.7) ? r.weighted(INSTRUMENTS) : null,
      co2ReductionT: co2, carbonToolEligible: r.chance(0.25), highEmission: r.chance(0.05), reviewStatus: status, stage: stage,
      submittedAt, inLibraryAt, createdById: staff.id, createdAt: new Date((submittedAt ?? new Date(now - r.int(1, 200) * DAY)).getTime() - DAY), updatedAt: new Date(now),
    });
  }
  await insertRows(db, "Project", projectRows);
  const idOf = new Map((await db.project.findMany({ where: { code: { startsWith: `${tag}-` } }, select: { id: true, code: true } })).map((p) => [p.code, p.id]));
  log(`projects ${N} (${Math.round(performance.now() - t0)} ms)`);

  const transitions = [];
  const records = [];
  const pushes: { projectId: number; institutionId: number; productId: number | null; senderId: number; status: PushStatus; dueAt: Date; respondedAt: Date | null; overdueNotifiedAt: Date | null; createdAt: Date }[] = [];
  const reports = [];
  const productList = [...productIds.values()];
  for (const p of plans) {
    const projectId = idOf.get(p.code)!;
    if (p.submittedAt) transitions.push({ projectId, from: "DRAFT" as const, to: "SUBMITTED" as const, actorId: staff.id, createdAt: p.submittedAt });
    if (p.inLibraryAt) transitions.push({ projectId, from: "SUBMITTED" as const, to: "IN_LIBRARY" as const, actorId: staff.id, createdAt: p.inLibraryAt });
    // With the copy of the project's cockpit filters the financing service keeps on each record.
    const scope = { projectInLibrary: p.status === "IN_LIBRARY", projectRegionId: p.regionId, projectCategoryId: p.categoryId, projectInLibraryAt: p.inLibraryAt };
    for (const x of p.records) records.push({ projectId, ...x, ...scope, createdById: staff.id, rateBp: r.int(250, 450), termMonths: r.pick([36, 60, 120]), createdAt: x.date, updatedAt: x.date });
    if (p.status !== "IN_LIBRARY") continue;
    if (r.chance(0.35)) {
      const to = new Set<number>();
      for (let k = r.int(1, 3); k > 0; k--) to.add(r.pick(banks.length ? banks : institutions).id);
      for (const institutionId of to) {
        const createdAt = between(r, p.inLibraryAt!.getTime(), now);
        const status = r.weighted(PUSH_STATUSES);
        const dueAt = new Date(createdAt.getTime() + 14 * DAY);
        pushes.push({
          projectId, institutionId, productId: r.chance(0.5) && productList.length ? r.pick(productList) : null, senderId: staff.id, status,
          dueAt, respondedAt: status === "PENDING" ? null : new Date(Math.min(createdAt.getTime() + r.int(1, 20) * DAY, now)), createdAt,
          // Announced already, as the server's timer would have done the day each fell due: a
          // generated province does not start with years of late notices to send at once.
          overdueNotifiedAt: status === "PENDING" && dueAt.getTime() < now ? dueAt : null,
        });
      }
    }
    if (p.stage === "CONSTRUCTION") {
      // The last three months, oldest first, as the report form requires: each cumulative is the
      // previous one plus the month, and progress never falls.
      const d = new Date(now);
      let cumulative = BigInt(r.int(500, 5000)) * WAN;
      let progress = r.int(5, 85);
      for (let k = 3; k >= 1; k--) {
        const at = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - k, 1));
        const month = BigInt(r.int(10, 500)) * WAN;
        cumulative += month;
        progress = Math.min(100, progress + r.int(0, 5));
        reports.push({ projectId, year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, investmentMonth: month, investmentCumulative: cumulative, physicalProgress: progress, filedById: staff.id, createdAt: new Date(now), updatedAt: new Date(now) });
      }
    }
  }
  await insertRows(db, "ProjectTransition", transitions);
  await insertRows(db, "FinancingRecord", records);
  await insertRows(db, "Push", pushes);
  // The funnel stage the push service keeps on each project row, set in bulk: one statement per stage.
  const statusesOf = new Map<number, PushStatus[]>();
  for (const p of pushes) {
    if (!statusesOf.has(p.projectId)) statusesOf.set(p.projectId, []);
    statusesOf.get(p.projectId)!.push(p.status);
  }
  const byStage = new Map<number, number[]>();
  for (const [projectId, statuses] of statusesOf) {
    const stage = furthestPushStage(statuses);
    if (!byStage.has(stage)) byStage.set(stage, []);
    byStage.get(stage)!.push(projectId);
  }
  for (const [stage, ids] of byStage) {
    await inChunks(ids, (chunk) => db.project.updateMany({ where: { id: { in: chunk } }, data: { pushStage: stage } }));
  }
  await insertRows(db, "ProgressReport", reports);
  log(`transitions ${transitions.length}, records ${records.length}, pushes ${pushes.length}, reports ${reports.length} (${Math.round(performance.now() - t0)} ms)`);

  // Answers for pushes that were answered, problems for about one report in eight.
  const generatedIds = [...idOf.values()];
  const minId = Math.min(...generatedIds), maxId = Math.max(...generatedIds);
  const answered = await db.push.findMany({ where: { projectId: { gte: minId, lte: maxId }, status: { not: "PENDING" } }, orderBy: { id: "asc" }, select: { id: true, status: true, institutionId: true, respondedAt: true } });
  const responderOf = new Map(institutions.map((i) => [i.id, i.users[0]?.id ?? staff.id]));
  const responses = answered.map((p) => ({ pushId: p.id, status: p.status, responderId: responderOf.get(p.institutionId)!, createdAt: p.respondedAt ?? new Date(now), reason: p.status === "DECLINED" ? "不符合本行授信条件" : null }));
  await insertRows(db, "PushResponse", responses);
  const filed = await db.progressReport.findMany({ where: { projectId: { gte: minId, lte: maxId } }, orderBy: { id: "asc" }, select: { id: true, projectId: true, createdAt: true } });
  const problems = filed.filter(() => r.chance(0.12)).map((rep) => {
    const open = r.chance(0.5);
    return {
      projectId: rep.projectId, reportId: rep.id, description: r.pick(["配套资金未到位", "用地报批滞后", "环评批复待取得", "设备供货延迟", "施工许可待办理"]),
      category: r.pick(PROBLEMS), department: r.pick(["市发改委", "市自然资源局", "市生态环境局", "市财政局", "区政府"]),
      dueDate: new Date(now + r.int(-40, 40) * DAY), status: open ? ("OPEN" as const) : ("CLOSED" as const), closedAt: open ? null : new Date(now - r.int(1, 30) * DAY), createdAt: rep.createdAt,
    };
  });
  await insertRows(db, "Problem", problems);

  // ADB sub-projects: about one per 500 projects, each with its eight milestones in order.
  let adbSubProjects = 0;
  if (programme) {
    adbSubProjects = Math.max(1, Math.round(N / 500));
    await inChunks(Array.from({ length: adbSubProjects }, (_, i) => ({
      programmeId: programme.id, code: `${tag}-ADB-${String(i + 1).padStart(4, "0")}`, name: `合成亚行子项目${i + 1}`, implementingAgency: "合成实施单位",
      regionId: r.pick(regions).id, adbAllocation: amountWan(r, 2000, 20000), counterpartFunds: amountWan(r, 500, 8000), sortKey: 1000 + i,
    })), (data) => db.adbSubProject.createMany({ data }));
    const subs = await db.adbSubProject.findMany({ where: { code: { startsWith: `${tag}-ADB-` } }, orderBy: { id: "asc" }, select: { id: true } });
    const milestones = subs.flatMap((s) => {
      const done = r.int(0, 8);
      let at = now - 900 * DAY;
      return MILESTONES.map((kind, k) => {
        at += r.int(30, 120) * DAY;
        return { subProjectId: s.id, kind, plannedDate: new Date(at), actualDate: k < done && at < now ? new Date(at + r.int(-10, 30) * DAY) : null };
      });
    });
    await insertRows(db, "AdbMilestone", milestones);
  }
  const ms = Math.round(performance.now() - t0);
  log(`done in ${ms} ms`);
  return {
    projects: N, owners: ownerCount, products: productCount, financingRecords: records.length, transitions: transitions.length,
    pushes: pushes.length, responses: responses.length, reports: reports.length, problems: problems.length, adbSubProjects, ms,
  };
}
