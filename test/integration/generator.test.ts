// The synthetic library of lib/db/generate (`npm run db:generate`, the benchmarks) must obey the
// rules the app keeps for real data, or the benchmarks measure a library no user could make.
// It writes into scratch databases of its own, never the shared integration database whose demo
// figures other files assert: temporary SQLite files, or scratch PostgreSQL databases on the
// server the suite runs against. Every figure is recomputed here from the records themselves.
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, db as sharedDb, type Db } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config";
import { generate } from "@/lib/db/generate";
import { applyMigrations } from "@/lib/db/schema-engine";
import { demoData } from "@/lib/db/seed/demo-data";
import { seedDemo } from "@/lib/db/seed/load";

const N = 2000;
const SEED = 7311;
const DAY = 86_400_000;
/** The generator's "today", shared by both runs so that they can be compared. */
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY);
const GEN = { code: { startsWith: "GEN" } };
/** Rows of the generated projects (a relation filter: an IN list of 2,000 ids exceeds SQLite's parameter limit). */
const inGen = { project: GEN };

interface Scratch { db: Db; remove: () => Promise<void> }
const scratches: Scratch[] = [];

async function onServer(serverUrl: string, sql: string) {
  const url = new URL(serverUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migrated database with the demo reference data, on the engine the suite runs against. */
async function scratchDatabase(label: string): Promise<Db> {
  const shared = databaseConfig(process.env.DATABASE_URL);
  let url: string;
  let remove: () => Promise<void>;
  if (shared.provider === "postgresql") {
    const u = new URL(shared.url);
    const name = `${u.pathname.slice(1)}_gen_${label}`;
    u.pathname = `/${name}`;
    url = u.toString();
    await onServer(shared.url, `CREATE DATABASE "${name}"`);
    remove = () => onServer(shared.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const file = join(tmpdir(), `cfp-gen-${process.pid}-${label}.db`);
    url = `file:${file}`;
    remove = async () => { for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${s}`, { force: true }); };
  }
  const config = databaseConfig(url);
  if (config.url === shared.url) throw new Error("generator test: the scratch database must not be the shared one");
  const scratch: Scratch = { db: createClient(config), remove };
  scratches.push(scratch);
  await applyMigrations(config);
  const seeded = await seedDemo(scratch.db, demoData);
  if (!seeded.seeded) throw new Error(`generator test: demo data not loaded (${seeded.reason})`);
  await generate(scratch.db, { projects: N, seed: SEED, now: NOW });
  return scratch.db;
}

/** One fingerprint of the generated projects' codes and money, in code order. */
async function digest(db: Db): Promise<string> {
  const rows = await db.project.findMany({ where: GEN, orderBy: { code: "asc" }, select: { code: true, financingNeed: true, securedAmount: true } });
  return createHash("sha256").update(rows.map((p) => `${p.code}|${p.financingNeed}|${p.securedAmount}`).join("\n")).digest("hex");
}

const share = (part: number, whole: number) => part / whole;

describe("the synthetic library generator", () => {
  let db: Db;

  beforeAll(async () => {
    db = await scratchDatabase("a");
  });

  afterAll(async () => {
    for (const s of scratches) {
      await s.db.$disconnect();
      await s.remove();
    }
  });

  it("adds exactly the projects asked for, beside the demo library", async () => {
    expect(await db.project.count({ where: GEN })).toBe(N);
    expect(await db.project.count()).toBe(demoData.projects.length + N);
  });

  it("spreads them like a real library: mostly in the library, over every category and the districts", async () => {
    const byStatus = new Map((await db.project.groupBy({ by: ["reviewStatus"], where: GEN, _count: { _all: true } })).map((g) => [g.reviewStatus, g._count._all]));
    const inLibrary = byStatus.get("IN_LIBRARY") ?? 0;
    // Documented: about 70% in the library, the rest drafts, queued, returned, rejected, archived.
    expect(share(inLibrary, N)).toBeGreaterThan(0.62);
    expect(share(inLibrary, N)).toBeLessThan(0.78);
    expect([...byStatus.keys()].sort()).toEqual(["ARCHIVED", "DRAFT", "IN_LIBRARY", "REJECTED", "RETURNED", "SUBMITTED"]);

    const categories = await db.category.count();
    const usedCategories = await db.project.groupBy({ by: ["categoryId"], where: GEN });
    expect(usedCategories).toHaveLength(categories);

    const districts = await db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } }, select: { id: true } });
    const usedRegions = (await db.project.groupBy({ by: ["regionId"], where: GEN })).map((g) => g.regionId);
    expect(usedRegions.length).toBeGreaterThanOrEqual(5);
    expect(districts.map((d) => d.id)).toEqual(expect.arrayContaining(usedRegions));
  });

  it("adds financing, pushes, answers, reports, problems, products and ADB sub-projects in proportion", async () => {
    const funded = await db.financingRecord.groupBy({ by: ["projectId"], where: inGen, _count: { _all: true } });
    const records = funded.reduce((s, g) => s + g._count._all, 0);
    // About two thirds of the library projects (≈45% of all) have one to three records.
    expect(share(funded.length, N)).toBeGreaterThan(0.38);
    expect(share(funded.length, N)).toBeLessThan(0.53);
    expect(share(records, funded.length)).toBeGreaterThan(1.3);
    expect(share(records, funded.length)).toBeLessThan(2.5);

    // About a third of the library projects (≈25% of all) pushed to one to three banks.
    const pushed = await db.push.groupBy({ by: ["projectId"], where: inGen, _count: { _all: true } });
    const pushes = pushed.reduce((s, g) => s + g._count._all, 0);
    expect(share(pushed.length, N)).toBeGreaterThan(0.2);
    expect(share(pushed.length, N)).toBeLessThan(0.3);
    expect(share(pushes, pushed.length)).toBeGreaterThan(1.2);
    expect(share(pushes, pushed.length)).toBeLessThanOrEqual(3);
    // Seven pushes in ten answered.
    const responses = await db.pushResponse.count({ where: { push: inGen } });
    expect(share(responses, pushes)).toBeGreaterThan(0.6);
    expect(share(responses, pushes)).toBeLessThan(0.8);

    // Projects under construction (≈28% of all) report monthly; about one report in eight raises a problem.
    const reporting = await db.progressReport.groupBy({ by: ["projectId"], where: inGen, _count: { _all: true } });
    const reports = reporting.reduce((s, g) => s + g._count._all, 0);
    expect(share(reporting.length, N)).toBeGreaterThan(0.22);
    expect(share(reporting.length, N)).toBeLessThan(0.34);
    expect(share(reports, reporting.length)).toBeGreaterThanOrEqual(2);
    const problems = await db.problem.count({ where: inGen });
    expect(share(problems, reports)).toBeGreaterThan(0.08);
    expect(share(problems, reports)).toBeLessThan(0.17);

    // About one finance product and one ADB sub-project (with its eight milestones) per 500 projects; an owner per 40.
    const products = await db.financeProduct.count({ where: { name: { startsWith: "GEN" } } });
    const subProjects = await db.adbSubProject.findMany({ where: GEN, select: { _count: { select: { milestones: true } } } });
    const owners = await db.organization.count({ where: { kind: "PROJECT_OWNER", name: { startsWith: "GEN" } } });
    expect(products).toBeGreaterThanOrEqual(N / 1000);
    expect(products).toBeLessThanOrEqual(N / 250);
    expect(subProjects.length).toBeGreaterThanOrEqual(N / 1000);
    expect(subProjects.length).toBeLessThanOrEqual(N / 250);
    expect(subProjects.every((s) => s._count.milestones === 8)).toBe(true);
    expect(owners).toBeGreaterThanOrEqual(N / 80);
    expect(owners).toBeLessThanOrEqual(N / 20);
  });

  it("caches each project's secured amount and gap exactly as its financing records give them", async () => {
    // Secured: approved and disbursed records (a withdrawn record is deleted); gap: need − secured, never below zero.
    const sums = new Map((await db.financingRecord.groupBy({
      by: ["projectId"], where: { project: GEN, status: { in: ["APPROVED", "DISBURSED"] } }, _sum: { amount: true },
    })).map((g) => [g.projectId, g._sum.amount ?? 0n]));
    const projects = await db.project.findMany({ where: GEN, select: { id: true, code: true, financingNeed: true, securedAmount: true, gapAmount: true } });
    let partly = 0;
    for (const p of projects) {
      const secured = sums.get(p.id) ?? 0n;
      const gap = p.financingNeed > secured ? p.financingNeed - secured : 0n;
      expect({ code: p.code, secured: p.securedAmount, gap: p.gapAmount }).toEqual({ code: p.code, secured, gap });
      if (secured > 0n && gap > 0n) partly++;
    }
    // Not a trivial agreement of zeros: many projects are partly funded.
    expect(partly).toBeGreaterThan(N / 20);
  });

  it("pushes only library projects, and a push shows its last answer", async () => {
    const outside = await db.push.count({ where: { project: { ...GEN, reviewStatus: { not: "IN_LIBRARY" } } } });
    expect(outside).toBe(0);

    const pushes = await db.push.findMany({
      where: { project: GEN },
      select: { id: true, status: true, createdAt: true, respondedAt: true, responses: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { status: true } } },
    });
    const answered = pushes.filter((p) => p.responses.length > 0);
    expect(answered.length).toBeGreaterThan(0);
    for (const p of pushes) {
      const last = p.responses[0];
      if (!last) {
        expect({ id: p.id, status: p.status, respondedAt: p.respondedAt }).toEqual({ id: p.id, status: "PENDING", respondedAt: null });
        continue;
      }
      expect({ id: p.id, status: p.status }).toEqual({ id: p.id, status: last.status });
      expect(p.respondedAt, `push ${p.id}`).not.toBeNull();
      expect(p.respondedAt!.getTime(), `push ${p.id} answered before it was sent`).toBeGreaterThanOrEqual(p.createdAt.getTime());
    }
  });

  it("dates nothing that has happened after its today", async () => {
    const after = { gt: NOW };
    expect({
      submitted: await db.project.count({ where: { ...GEN, submittedAt: after } }),
      inLibrary: await db.project.count({ where: { ...GEN, inLibraryAt: after } }),
      records: await db.financingRecord.count({ where: { ...inGen, date: after } }),
      pushed: await db.push.count({ where: { ...inGen, createdAt: after } }),
      answered: await db.push.count({ where: { ...inGen, respondedAt: after } }),
      responses: await db.pushResponse.count({ where: { push: inGen, createdAt: after } }),
    }).toEqual({ submitted: 0, inLibrary: 0, records: 0, pushed: 0, answered: 0, responses: 0 });
  });

  it("files monthly reports whose cumulative investment is last month's plus this month's, with progress that never falls", async () => {
    const reports = await db.progressReport.findMany({
      where: { project: GEN },
      orderBy: [{ projectId: "asc" }, { year: "asc" }, { month: "asc" }],
      select: { projectId: true, year: true, month: true, investmentMonth: true, investmentCumulative: true, physicalProgress: true },
    });
    expect(reports.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const [i, r] of reports.entries()) {
      const where = `project ${r.projectId} ${r.year}-${r.month}`;
      if (r.investmentCumulative < r.investmentMonth) broken.push(`${where}: cumulative below the month`);
      if (r.physicalProgress < 0 || r.physicalProgress > 100) broken.push(`${where}: progress ${r.physicalProgress}%`);
      const prev = reports[i - 1];
      if (!prev || prev.projectId !== r.projectId) continue;
      const monthsApart = (r.year - prev.year) * 12 + (r.month - prev.month);
      if (monthsApart === 1 && r.investmentCumulative !== prev.investmentCumulative + r.investmentMonth) broken.push(`${where}: cumulative ${r.investmentCumulative} ≠ ${prev.investmentCumulative} + ${r.investmentMonth}`);
      if (monthsApart > 1 && r.investmentCumulative < prev.investmentCumulative + r.investmentMonth) broken.push(`${where}: cumulative below the previous plus the month`);
      if (r.physicalProgress < prev.physicalProgress) broken.push(`${where}: progress fell from ${prev.physicalProgress}% to ${r.physicalProgress}%`);
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it("makes the same library again from the same seed", async () => {
    const again = await scratchDatabase("b");
    const [first, second] = [await digest(db), await digest(again)];
    expect(second).toBe(first);
  }, 120_000);

  it("leaves the shared integration database alone", async () => {
    expect(await sharedDb.project.count({ where: GEN })).toBe(0);
  });
});
