// Loads the demo data set into an empty database, once. Re-running on a seeded (or otherwise
// non-empty) database changes nothing, so a second start neither duplicates nor wipes data.
import type { Db, Tx } from "../client";
import type { PushStatus } from "../generated/sqlite/enums";
import { hashPassword } from "@/lib/auth/password";
import { cachedFigures, calculateBenefit, libraryFactorIds, type FactorValue } from "@/lib/domain/benefits";
import { furthestPushStage } from "@/lib/domain/cockpit/definitions";
import { defaultNeed, gapOf } from "@/lib/domain/funding";
import { instrumentSet } from "@/lib/domain/instruments";
import { wanToYuan, type Yuan } from "@/lib/domain/money";
import { addWorkingDays } from "@/lib/domain/working-days";
import { refreshRecordScope } from "@/lib/services/financing/record-scope";
import { rematchEverything } from "@/lib/services/matching/recompute";
import { DEMO_SETTING, RESPONSE_DAYS_SETTING } from "@/lib/services/settings";
import { toJsonValue } from "@/lib/json";
import { DEMO_PASSWORD } from "./accounts";
import type { DemoData, SeedOrganization } from "./types";

const RESPONSE_WORKING_DAYS = 10;

function yuan(wan: string): Yuan {
  const v = wanToYuan(wan);
  if (v === null) throw new Error(`demo data: bad amount "${wan}"`);
  return v;
}
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function byKey<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`demo data: unknown ${what} "${key}"`);
  return v;
}

/** Orders items so that every parent comes before its children. */
function parentsFirst<T>(items: T[], key: (t: T) => string, parent: (t: T) => string | undefined): T[] {
  const done = new Set<string>();
  const out: T[] = [];
  let rest = items;
  while (rest.length) {
    const ready = rest.filter((t) => !parent(t) || done.has(parent(t)!));
    if (!ready.length) throw new Error("demo data: cycle or unknown parent");
    ready.forEach((t) => { out.push(t); done.add(key(t)); });
    rest = rest.filter((t) => !ready.includes(t));
  }
  return out;
}

export type SeedOutcome = { seeded: true; counts: Record<string, number> } | { seeded: false; reason: string };

export async function seedDemo(db: Db, data: DemoData): Promise<SeedOutcome> {
  if (await db.setting.findUnique({ where: { key: DEMO_SETTING } })) return { seeded: false, reason: "demo data already loaded" };
  if ((await db.user.count()) > 0) return { seeded: false, reason: "database already holds users; demo data not loaded" };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    return await db.$transaction((tx) => load(tx, data, passwordHash), { timeout: 120_000, maxWait: 30_000 });
  } catch (error) {
    // Another process seeding the same database at the same moment wins the setting's key.
    if (await db.setting.findUnique({ where: { key: DEMO_SETTING } })) return { seeded: false, reason: "seeded concurrently" };
    throw error;
  }
}

async function load(tx: Tx, data: DemoData, passwordHash: string): Promise<SeedOutcome> {
  await tx.setting.create({ data: { key: DEMO_SETTING, value: new Date().toISOString() } });
  await tx.setting.create({ data: { key: RESPONSE_DAYS_SETTING, value: String(RESPONSE_WORKING_DAYS) } });

  const regions = new Map<string, number>();
  for (const [i, r] of parentsFirst(data.regions, (r) => r.code, (r) => r.parentCode).entries()) {
    const row = await tx.region.create({
      data: { code: r.code, name: r.name, level: r.level, sortKey: i, parentId: r.parentCode ? byKey(regions, r.parentCode, "region") : null },
    });
    regions.set(r.code, row.id);
  }

  const categories = new Map<string, number>();
  for (const [i, c] of data.categories.entries()) {
    const row = await tx.category.create({ data: { code: c.code, name: c.name, family: c.family, description: c.description, sortKey: i } });
    categories.set(c.code, row.id);
  }

  const orgs = new Map<string, number>();
  for (const o of parentsFirst<SeedOrganization>(data.organizations, (o) => o.key, (o) => o.parentKey)) {
    const row = await tx.organization.create({
      data: {
        name: o.name, shortName: o.shortName, kind: o.kind, creditCode: o.creditCode, contact: o.contact, phone: o.phone,
        parentId: o.parentKey ? byKey(orgs, o.parentKey, "organization") : null,
        regionId: o.regionCode ? byKey(regions, o.regionCode, "region") : null,
      },
    });
    orgs.set(o.key, row.id);
  }

  const users = new Map<string, number>();
  const userOfOrg = new Map<number, number>();
  for (const u of data.users) {
    const organizationId = u.orgKey ? byKey(orgs, u.orgKey, "organization") : null;
    const row = await tx.user.create({
      data: {
        username: u.username, displayName: u.displayName, role: u.role, passwordHash, organizationId,
        regionId: u.regionCode ? byKey(regions, u.regionCode, "region") : null,
      },
    });
    users.set(u.username, row.id);
    if (organizationId !== null && !userOfOrg.has(organizationId)) userOfOrg.set(organizationId, row.id);
  }
  const staffId = byKey(users, "staff", "user");
  // Institutions without a named demo account answer pushes through a service account of their own.
  const responderFor = async (institutionId: number, key: string) => {
    let id = userOfOrg.get(institutionId);
    if (id === undefined) {
      const org = data.organizations.find((o) => o.key === key)!;
      const row = await tx.user.create({
        data: { username: `${key}-manager`, displayName: `${org.shortName ?? org.name}客户经理`, role: "BANK", passwordHash, organizationId: institutionId, active: false },
      });
      id = row.id;
      userOfOrg.set(institutionId, id);
    }
    return id;
  };

  // Factors before projects: the demo projects' figures are computed from them.
  const library = new Map<string, FactorValue>();
  for (const [i, f] of data.factors.entries()) {
    const version = f.version ?? 1;
    const next = data.factors.slice(i + 1).find((g) => g.key === f.key && (g.version ?? 1) === version + 1);
    const row = await tx.emissionFactor.create({
      data: {
        key: f.key, name: f.name, value: f.value, unit: f.unit, source: f.source, year: f.year, version, validFrom: day(f.validFrom),
        supersededAt: next ? day(next.validFrom) : null,
      },
    });
    if (!next) library.set(f.key, { id: row.id, key: f.key, name: f.name, version, value: f.value, unit: f.unit, source: f.source, year: f.year });
  }
  const computedAt = new Date();

  const projects = new Map<string, { id: number; need: Yuan; ownerOrgId: number }>();
  for (const p of data.projects) {
    const total = yuan(p.totalInvestment);
    const own = yuan(p.ownFunds);
    const need = defaultNeed(total, own);
    const ownerOrgId = byKey(orgs, p.ownerKey, "organization");
    const submittedAt = new Date(Date.UTC(Math.min(p.startYear, 2025), 2, 1));
    const lines = data.benefits[p.code];
    const benefit = lines ? calculateBenefit(lines, library) : null;
    const row = await tx.project.create({
      data: {
        code: p.code, name: p.name, ownerOrgId, regionId: byKey(regions, p.regionCode, "region"),
        categoryId: byKey(categories, p.categoryCode, "category"),
        description: p.description, constructionContent: p.constructionContent, startYear: p.startYear, endYear: p.endYear,
        contactName: p.contactName, contactPhone: p.contactPhone,
        totalInvestment: total, ownFunds: own, financingNeed: need, securedAmount: 0n, gapAmount: need,
        intendedInstrument: p.intendedInstrument, stage: p.stage, carbonToolEligible: p.carbonToolEligible ?? false,
        co2ReductionT: p.co2ReductionT, energySavedTce: p.energySavedTce, renewableMwh: p.renewableMwh, carbonSinkT: p.carbonSinkT,
        beneficiaries: p.beneficiaries, areaRestoredHa: p.areaRestoredHa,
        // What the owner reported stays beside what the calculators give.
        declaredCo2T: p.co2ReductionT,
        ...(benefit && { ...cachedFigures(benefit), benefitInputs: toJsonValue(lines) as object, benefitTrace: toJsonValue(benefit) as object, benefitComputedAt: computedAt }),
        reviewStatus: "IN_LIBRARY", submittedAt, inLibraryAt: new Date(submittedAt.getTime() + 30 * 86_400_000), createdById: staffId,
      },
    });
    await tx.projectTransition.createMany({
      data: [
        { projectId: row.id, from: null, to: "DRAFT", actorId: staffId, createdAt: submittedAt },
        { projectId: row.id, from: "DRAFT", to: "SUBMITTED", actorId: staffId, createdAt: submittedAt },
        { projectId: row.id, from: "SUBMITTED", to: "IN_LIBRARY", actorId: staffId, comment: "符合入库条件", createdAt: new Date(submittedAt.getTime() + 30 * 86_400_000) },
      ],
    });
    if (benefit) {
      const keyOf = new Map([...library.values()].map((f) => [f.id, f.key]));
      await tx.projectFactorUse.createMany({ data: libraryFactorIds(benefit).map((factorId) => ({ projectId: row.id, factorId, factorKey: keyOf.get(factorId)! })) });
    }
    projects.set(p.code, { id: row.id, need, ownerOrgId });
  }

  const products = new Map<string, number>();
  for (const p of data.products) {
    const row = await tx.financeProduct.create({
      data: {
        institutionId: byKey(orgs, p.institutionKey, "organization"), name: p.name, instrument: p.instrument, description: p.description,
        minAmount: p.minAmount ? yuan(p.minAmount) : null, maxAmount: p.maxAmount ? yuan(p.maxAmount) : null,
        minTermMonths: p.minTermMonths, maxTermMonths: p.maxTermMonths, rateBp: p.rateBp, rateNote: p.rateNote,
        minCo2ReductionT: p.minCo2ReductionT, carbonToolLinked: p.carbonToolLinked ?? false, active: p.active,
        categories: { create: p.categoryCodes.map((c) => ({ categoryId: byKey(categories, c, "category") })) },
        regions: { create: p.regionCodes.map((r) => ({ regionId: byKey(regions, r, "region") })) },
      },
    });
    products.set(p.name, row.id);
  }

  const programme = await tx.adbProgramme.create({
    data: {
      name: data.adb.name, loanNumber: data.adb.loanNumber, loanUsd: BigInt(data.adb.loanUsd),
      signedAt: day(data.adb.signedAt), closingAt: day(data.adb.closingAt), description: data.adb.description,
    },
  });
  for (const [i, s] of data.adb.subProjects.entries()) {
    await tx.adbSubProject.create({
      data: {
        programmeId: programme.id, projectId: byKey(projects, s.projectCode, "project").id, code: s.code, name: s.name,
        implementingAgency: s.implementingAgency, regionId: byKey(regions, s.regionCode, "region"),
        adbAllocation: yuan(s.adbAllocation), counterpartFunds: yuan(s.counterpartFunds), sortKey: i,
        packages: { create: s.packages.map((k) => ({ code: k.code, name: k.name, kind: k.kind, estimateAmount: yuan(k.estimate), contractAmount: k.contract ? yuan(k.contract) : null })) },
        milestones: { create: s.milestones.map((k) => ({ kind: k.kind, plannedDate: day(k.planned), actualDate: k.actual ? day(k.actual) : null })) },
        disbursements: { create: s.disbursements.map((d) => ({ amount: yuan(d.amount), date: day(d.date) })) },
      },
    });
  }

  const pushes = new Map<string, number>();
  for (const p of data.pushes) {
    const institutionId = byKey(orgs, p.institutionKey, "organization");
    const last = p.responses.at(-1);
    const pushedOn = day(p.pushedOn);
    const row = await tx.push.create({
      data: {
        projectId: byKey(projects, p.projectCode, "project").id, institutionId,
        productId: p.productName ? byKey(products, p.productName, "product") : null,
        senderId: staffId, message: p.message, status: last?.status ?? "PENDING",
        dueAt: addWorkingDays(pushedOn, RESPONSE_WORKING_DAYS), respondedAt: p.responses[0] ? day(p.responses[0].on) : null, createdAt: pushedOn,
      },
    });
    const responderId = p.responses.length ? await responderFor(institutionId, p.institutionKey) : staffId;
    for (const r of p.responses) {
      await tx.pushResponse.create({
        data: { pushId: row.id, status: r.status, amount: r.amount ? yuan(r.amount) : null, date: day(r.on), reason: r.reason, responderId, createdAt: day(r.on) },
      });
    }
    pushes.set(`${p.projectCode}|${p.institutionKey}`, row.id);
    const projectName = data.projects.find((x) => x.code === p.projectCode)!.name;
    const recipients = await tx.user.findMany({ where: { organizationId: institutionId, active: true }, select: { id: true } });
    await tx.notification.createMany({
      data: recipients.map((u) => ({
        userId: u.id, kind: "PUSH" as const, title: `新推送项目：${projectName}`, body: p.message, link: "/bank",
        createdAt: pushedOn, readAt: p.responses.length ? day(p.responses[0].on) : null,
      })),
    });
  }

  const secured = new Map<number, Yuan>();
  const instruments = new Map<number, string[]>();
  for (const f of data.financing) {
    const project = byKey(projects, f.projectCode, "project");
    const amount = yuan(f.amount);
    await tx.financingRecord.create({
      data: {
        projectId: project.id, institutionId: byKey(orgs, f.institutionKey, "organization"), instrument: f.instrument, amount,
        date: day(f.date), status: f.status, rateBp: f.rateBp, termMonths: f.termMonths, carbonTool: f.carbonTool ?? false, note: f.note,
        pushId: f.viaPush ? byKey(pushes, `${f.projectCode}|${f.institutionKey}`, "push") : null, createdById: staffId,
      },
    });
    secured.set(project.id, (secured.get(project.id) ?? 0n) + amount);
    instruments.set(project.id, [...(instruments.get(project.id) ?? []), f.instrument]);
  }
  // The caches the financing and push services keep on the project row and its records.
  await refreshRecordScope(tx);
  const answers = new Map<number, PushStatus[]>();
  for (const p of data.pushes) {
    const id = byKey(projects, p.projectCode, "project").id;
    answers.set(id, [...(answers.get(id) ?? []), p.responses.at(-1)?.status ?? "PENDING"]);
  }
  for (const { id, need } of projects.values()) {
    const s = secured.get(id) ?? 0n;
    if (s > 0n || answers.has(id)) {
      await tx.project.update({
        where: { id },
        data: { securedAmount: s, gapAmount: gapOf(need, s), financedInstruments: instrumentSet(instruments.get(id) ?? []), pushStage: furthestPushStage(answers.get(id) ?? []) },
      });
    }
  }

  for (const r of data.reports) {
    const project = byKey(projects, r.projectCode, "project");
    const filedById = userOfOrg.get(project.ownerOrgId) ?? staffId;
    const report = await tx.progressReport.create({
      data: {
        projectId: project.id, year: r.year, month: r.month, investmentMonth: yuan(r.investmentMonth),
        investmentCumulative: yuan(r.investmentCumulative), physicalProgress: r.physicalProgress, narrative: r.narrative, filedById,
        createdAt: new Date(Date.UTC(r.year, r.month, 5)),
      },
    });
    for (const p of r.problems) {
      await tx.problem.create({
        data: {
          projectId: project.id, reportId: report.id, description: p.description, category: p.category, department: p.department,
          dueDate: day(p.dueDate), status: p.closed ? "CLOSED" : "OPEN", resolution: p.closed?.resolution,
          closedAt: p.closed ? day(p.closed.on) : null, closedById: p.closed ? staffId : null,
        },
      });
    }
  }

  const { matches } = await rematchEverything(tx);
  await tx.auditLog.create({
    data: { actorId: null, actorName: "system", action: "seed.demo", entity: "Database", detail: `demo data: ${data.projects.length} projects` },
  });
  return {
    seeded: true,
    counts: {
      regions: regions.size, categories: categories.size, organizations: orgs.size, users: users.size, projects: projects.size,
      products: products.size, adbSubProjects: data.adb.subProjects.length, pushes: pushes.size, financing: data.financing.length,
      reports: data.reports.length, factors: data.factors.length, matches,
    },
  };
}
