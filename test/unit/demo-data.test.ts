import { describe, expect, it } from "vitest";
import { demoData, DEMO_TODAY } from "../../lib/db/seed/demo-data";
import type { SeedProject } from "../../lib/db/seed/types";

// Exact money arithmetic: 万元 text → bigint yuan, never through floats.
const WAN = /^(\d+)(?:\.(\d{1,4}))?$/;
function yuan(wan: string): bigint {
  const m = WAN.exec(wan);
  if (!m) throw new Error(`not a 万元 amount with at most 4 decimals: ${JSON.stringify(wan)}`);
  return BigInt(m[1]) * 10000n + BigInt((m[2] ?? "").padEnd(4, "0"));
}
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
const ISO = /^\d{4}-\d{2}-\d{2}$/;
function isDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const d = demoData;
const TODAY = DEMO_TODAY;
const GREEN = new Set(["GREEN_LOAN", "GREEN_BOND", "GREEN_FUND", "PLEDGE_LOAN", "TRANSITION_LOAN"]);
const DISTRICTS: [string, string, string][] = [
  ["430302", "雨湖区", "DISTRICT"], ["430304", "岳塘区", "DISTRICT"], ["430321", "湘潭县", "DISTRICT"],
  ["430381", "湘乡市", "DISTRICT"], ["430382", "韶山市", "DISTRICT"], ["430371", "湘潭高新区", "PARK"],
  ["430372", "湘潭经开区", "PARK"],
];
const CATEGORIES: [string, string, string][] = [
  ["M01", "低碳城市转型", "MITIGATION"], ["M02", "重点行业节能降碳", "MITIGATION"], ["M03", "清洁能源", "MITIGATION"],
  ["M04", "交通领域节能降碳", "MITIGATION"], ["M05", "建筑领域节能降碳", "MITIGATION"], ["M06", "新兴产业工程", "MITIGATION"],
  ["M07", "废弃物处理工程", "MITIGATION"], ["A01", "生态环境保护和提升", "ADAPTATION"], ["A02", "造林和森林养护", "ADAPTATION"],
  ["A03", "人居环境治理", "ADAPTATION"],
];
const MILESTONES = [
  "FEASIBILITY_APPROVAL", "PRELIMINARY_DESIGN_APPROVAL", "BIDDING_DOCS_NO_OBJECTION", "BID_OPENING_EVALUATION",
  "TENDER_RESULT_APPROVAL", "CONTRACT_SIGNING", "CONSTRUCTION_START", "COMPLETION",
];

const regionCodes = new Set(d.regions.map((r) => r.code));
const categoryCodes = new Set(d.categories.map((c) => c.code));
const orgs = new Map(d.organizations.map((o) => [o.key, o]));
const projects = new Map(d.projects.map((p) => [p.code, p]));
const subProjects = d.adb.subProjects;
const adbCodes = new Set(subProjects.map((s) => s.projectCode));
const need = (p: SeedProject) => yuan(p.totalInvestment) - yuan(p.ownFunds);
const greenRecords = d.financing.filter((f) => GREEN.has(f.instrument));

describe("demo data: reference data", () => {
  it("has the city and exactly its seven districts and parks", () => {
    const city = d.regions.find((r) => r.code === "430300");
    expect(city).toMatchObject({ name: "湘潭市", level: "CITY" });
    const children = d.regions.filter((r) => r.parentCode === "430300");
    expect(children.map((r) => [r.code, r.name, r.level]).sort()).toEqual([...DISTRICTS].sort());
    expect(new Set(d.regions.map((r) => r.code)).size).toBe(d.regions.length);
    for (const r of d.regions) if (r.parentCode) expect(regionCodes.has(r.parentCode)).toBe(true);
  });

  it("has exactly the ten categories", () => {
    expect(d.categories.map((c) => [c.code, c.name, c.family])).toEqual(CATEGORIES);
    for (const c of d.categories) expect(c.description.length).toBeGreaterThan(10);
  });

  it("has the required organizations with unique keys, names and credit codes", () => {
    expect(orgs.size).toBe(d.organizations.length);
    expect(new Set(d.organizations.map((o) => o.name)).size).toBe(d.organizations.length);
    const credit = d.organizations.flatMap((o) => (o.creditCode ? [o.creditCode] : []));
    expect(new Set(credit).size).toBe(credit.length);
    for (const c of credit) expect(c).toHaveLength(18);
    expect(orgs.get("bureau")).toMatchObject({ name: "湘潭市生态环境局", kind: "BUREAU" });
    expect(orgs.get("adb")).toMatchObject({ name: "亚洲开发银行", kind: "MULTILATERAL" });
    for (const k of ["icbc", "ccb", "abc", "cib", "hnrcb"]) expect(orgs.get(k)?.kind).toBe("BANK");
    expect(d.organizations.filter((o) => o.kind === "BANK").length).toBeGreaterThanOrEqual(5);
    const green = d.organizations.find((o) => o.kind === "BANK" && o.name.includes("绿色支行"));
    expect(green?.parentKey && orgs.get(green.parentKey)?.kind).toBe("BANK");
    expect(d.organizations.some((o) => o.kind === "FUND")).toBe(true);
    expect(d.organizations.some((o) => o.kind === "UNDERWRITER")).toBe(true);
    const owners = d.organizations.filter((o) => o.kind === "PROJECT_OWNER");
    expect(owners.length).toBeGreaterThanOrEqual(20);
    expect(owners.length).toBeLessThanOrEqual(35);
    expect(orgs.get("xgsteel")).toMatchObject({ name: "湘潭钢铁集团有限公司", kind: "PROJECT_OWNER" });
    expect(orgs.get("hospital")).toMatchObject({ name: "湘潭市中心医院", kind: "PROJECT_OWNER" });
    expect(orgs.get("citycon")).toMatchObject({ name: "湘潭城市建设投资经营集团有限公司", kind: "PROJECT_OWNER" });
    for (const o of d.organizations) {
      if (o.parentKey) expect(orgs.has(o.parentKey), o.key).toBe(true);
      if (o.regionCode) expect(regionCodes.has(o.regionCode), o.key).toBe(true);
    }
  });

  it("has the six demo users with the right roles and organizations", () => {
    const byName = new Map(d.users.map((u) => [u.username, u]));
    expect([...byName.keys()].sort()).toEqual(["admin", "bank1", "bank2", "leader", "owner", "staff"]);
    expect(byName.get("admin")).toMatchObject({ role: "BUREAU_ADMIN", orgKey: "bureau", regionCode: "430300" });
    expect(byName.get("staff")).toMatchObject({ role: "BUREAU_STAFF", orgKey: "bureau", regionCode: "430300" });
    expect(byName.get("bank1")).toMatchObject({ role: "BANK", orgKey: "icbc" });
    expect(byName.get("bank2")).toMatchObject({ role: "BANK", orgKey: "ccb" });
    expect(byName.get("leader")).toMatchObject({ role: "LEADER", regionCode: "430300" });
    expect(byName.get("leader")?.orgKey).toBeUndefined();
    expect(byName.get("owner")).toMatchObject({ role: "PROJECT_OWNER", orgKey: "citycon" });
    for (const u of d.users) {
      expect(u.displayName).toMatch(/[\u4e00-\u9fa5]/);
      if (u.orgKey) expect(orgs.has(u.orgKey)).toBe(true);
      if (u.regionCode) expect(regionCodes.has(u.regionCode)).toBe(true);
    }
  });

  it("has the sourced emission factors", () => {
    // The last listed version of each key is the current one.
    const f = new Map(d.factors.map((x) => [x.key, x]));
    const expected: [string, number][] = [
      ["grid.national", 0.5306],
      ["grid.north", 0.6361], ["grid.northeast", 0.5122], ["grid.east", 0.55], ["grid.central", 0.5271],
      ["grid.northwest", 0.5543], ["grid.south", 0.4042], ["grid.southwest", 0.2472], ["elec.equivalent", 0.1229],
      ["coal.co2_per_tce", 2.66], ["ch4.gwp", 28],
    ];
    for (const [k, v] of expected) expect(f.get(k)?.value, k).toBe(v);
    expect(f.get("grid.national")).toMatchObject({ year: 2023, unit: "tCO2/MWh", version: 3 });
    expect(d.factors.filter((x) => x.key === "grid.national").map((x) => [x.version, x.year, x.value]))
      .toEqual([[1, 2021, 0.5568], [2, 2022, 0.5366], [3, 2023, 0.5306]]);
    expect(f.has("elec.coal_consumption")).toBe(true);
    expect(d.factors.some((x) => x.key.startsWith("forest."))).toBe(true);
    expect(d.factors.some((x) => x.key.startsWith("diesel."))).toBe(true);
    expect(d.factors.some((x) => x.key.startsWith("gasoline."))).toBe(true);
    expect(new Set(d.factors.map((x) => `${x.key}@${x.version ?? 1}`)).size).toBe(d.factors.length);
    for (const x of d.factors) {
      expect(x.source).toMatch(/[\u4e00-\u9fa5]/);
      expect(isDate(x.validFrom)).toBe(true);
    }
  });
});

describe("demo data: projects", () => {
  it("has exactly 86 projects with unique codes", () => {
    expect(d.projects).toHaveLength(86);
    expect(projects.size).toBe(86);
  });

  it("uses every category (more mitigation than adaptation) and every district", () => {
    const cats = new Set(d.projects.map((p) => p.categoryCode));
    expect([...cats].sort()).toEqual([...categoryCodes].sort());
    const mitigation = d.projects.filter((p) => p.categoryCode.startsWith("M")).length;
    expect(mitigation).toBeGreaterThan(86 - mitigation);
    const regs = new Set(d.projects.map((p) => p.regionCode));
    for (const [code] of DISTRICTS) expect(regs.has(code), code).toBe(true);
  });

  it("references existing owners, regions and categories", () => {
    for (const p of d.projects) {
      expect(orgs.get(p.ownerKey)?.kind, p.code).toBe("PROJECT_OWNER");
      expect(DISTRICTS.some(([c]) => c === p.regionCode), p.code).toBe(true);
      expect(categoryCodes.has(p.categoryCode), p.code).toBe(true);
    }
  });

  it("has plausible fields", () => {
    for (const p of d.projects) {
      const total = yuan(p.totalInvestment);
      const own = yuan(p.ownFunds);
      expect(total >= 500n * 10000n && total <= 300000n * 10000n, p.code).toBe(true);
      expect(own * 10n >= total && own * 10n <= total * 4n, p.code).toBe(true);
      expect(p.startYear).toBeGreaterThanOrEqual(2022);
      expect(p.endYear).toBeLessThanOrEqual(2030);
      expect(p.startYear).toBeLessThanOrEqual(p.endYear);
      expect(p.contactPhone).toMatch(/^1[358]\d{9}$/);
      expect(p.contactName.length).toBeGreaterThanOrEqual(2);
      expect(p.description.length).toBeGreaterThan(20);
      expect(p.constructionContent.length).toBeGreaterThan(10);
      if (p.categoryCode.startsWith("M")) expect(p.co2ReductionT, p.code).toBeGreaterThan(0);
      if (p.categoryCode === "A02") {
        expect(p.carbonSinkT, p.code).toBeGreaterThan(0);
        expect(p.areaRestoredHa, p.code).toBeGreaterThan(0);
      }
      if (p.categoryCode.startsWith("A")) expect((p.beneficiaries ?? 0) + (p.areaRestoredHa ?? 0), p.code).toBeGreaterThan(0);
    }
    expect(new Set(d.projects.map((p) => p.stage))).toEqual(new Set(["PREPARATION", "CONSTRUCTION", "OPERATING"]));
    const tool = d.projects.filter((p) => p.carbonToolEligible).length;
    expect(tool).toBeGreaterThanOrEqual(15);
    expect(tool).toBeLessThanOrEqual(25);
    expect(d.projects.filter((p) => p.intendedInstrument).length).toBeGreaterThan(70);
  });

  it("has the wind–solar–storage project figures", () => {
    const wss = d.projects.filter((p) => p.renewableMwh === 1760);
    expect(wss).toHaveLength(1);
    expect(wss[0]).toMatchObject({ categoryCode: "M03", energySavedTce: 633, co2ReductionT: 1712 });
    expect(wss[0].name).toContain("风光储");
  });

  it("gives citycon at least five projects in several stages", () => {
    const own = d.projects.filter((p) => p.ownerKey === "citycon");
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(new Set(own.map((p) => p.stage)).size).toBeGreaterThanOrEqual(2);
  });
});

describe("demo data: money", () => {
  it("writes every amount as 万元 with at most 4 decimals", () => {
    const amounts: string[] = [];
    for (const p of d.projects) amounts.push(p.totalInvestment, p.ownFunds);
    for (const p of d.products) for (const a of [p.minAmount, p.maxAmount]) if (a !== undefined) amounts.push(a);
    for (const f of d.financing) amounts.push(f.amount);
    for (const p of d.pushes) for (const r of p.responses) if (r.amount !== undefined) amounts.push(r.amount);
    for (const s of subProjects) {
      amounts.push(s.adbAllocation, s.counterpartFunds);
      for (const k of s.packages) amounts.push(k.estimate, ...(k.contract ? [k.contract] : []));
      for (const x of s.disbursements) amounts.push(x.amount);
    }
    for (const r of d.reports) amounts.push(r.investmentMonth, r.investmentCumulative);
    expect(amounts.length).toBeGreaterThan(300);
    for (const a of amounts) expect(() => yuan(a), a).not.toThrow();
    expect(yuan("1234.5678")).toBe(12345678n);
  });

  it("has the ADB programme: 16 sub-projects, 10.4657 亿元, largest the hospital", () => {
    expect(subProjects).toHaveLength(16);
    expect(new Set(subProjects.map((s) => s.code)).size).toBe(16);
    expect(adbCodes.size).toBe(16);
    expect(sum(subProjects.map((s) => yuan(s.adbAllocation)))).toBe(1046570000n);
    const largest = [...subProjects].sort((a, b) => (yuan(b.adbAllocation) > yuan(a.adbAllocation) ? 1 : -1))[0];
    const hp = projects.get(largest.projectCode)!;
    expect(hp.ownerKey).toBe("hospital");
    expect(hp.categoryCode).toBe("M05");
    expect(largest.name).toContain("湘潭市中心医院");
    for (const s of subProjects) {
      const p = projects.get(s.projectCode);
      expect(p, s.code).toBeDefined();
      expect(p!.intendedInstrument).toBe("ADB_LOAN");
      expect(regionCodes.has(s.regionCode)).toBe(true);
      expect(yuan(s.counterpartFunds)).toBeGreaterThan(0n);
      expect(s.packages.length).toBeGreaterThanOrEqual(1);
      expect(s.packages.length).toBeLessThanOrEqual(3);
      expect(s.disbursements.length).toBeLessThanOrEqual(4);
      expect(sum(s.disbursements.map((x) => yuan(x.amount)))).toBeLessThanOrEqual(yuan(s.adbAllocation));
      for (const x of s.disbursements) expect(isDate(x.date) && x.date <= TODAY, x.date).toBe(true);
    }
    const pkgCodes = subProjects.flatMap((s) => s.packages.map((k) => k.code));
    expect(new Set(pkgCodes).size).toBe(pkgCodes.length);
    expect(d.adb.loanUsd).toBeGreaterThan(0);
  });

  it("keeps ADB milestones in order with consistent actual dates", () => {
    let completed = 0;
    let behind = 0;
    for (const s of subProjects) {
      expect(s.milestones.map((m) => m.kind), s.code).toEqual(MILESTONES);
      for (let i = 0; i < 8; i++) {
        const m = s.milestones[i];
        expect(isDate(m.planned), s.code).toBe(true);
        if (i > 0) expect(m.planned > s.milestones[i - 1].planned, `${s.code} ${m.kind}`).toBe(true);
        if (m.actual) {
          expect(isDate(m.actual) && m.actual <= TODAY, `${s.code} ${m.kind}`).toBe(true);
          // Actual dates form a prefix, in order.
          if (i > 0) {
            const prev = s.milestones[i - 1].actual;
            expect(prev !== undefined && prev < m.actual, `${s.code} ${m.kind}`).toBe(true);
          }
        }
      }
      const tender = s.milestones[4].actual;
      const start = s.milestones[6].actual;
      if (start) expect(tender !== undefined && tender < start, s.code).toBe(true);
      if (s.milestones[7].actual) completed++;
      if (s.milestones.some((m) => !m.actual && m.planned < TODAY)) behind++;
    }
    expect(completed).toBeGreaterThanOrEqual(1);
    expect(behind).toBeGreaterThanOrEqual(1);
    expect(behind).toBeLessThanOrEqual(5);
  });

  it("has one ADB financing record per sub-project, equal to its allocation", () => {
    const adbRecords = d.financing.filter((f) => f.instrument === "ADB_LOAN");
    expect(adbRecords).toHaveLength(16);
    for (const s of subProjects) {
      const r = adbRecords.filter((f) => f.projectCode === s.projectCode);
      expect(r, s.code).toHaveLength(1);
      expect(r[0].institutionKey).toBe("adb");
      expect(yuan(r[0].amount)).toBe(yuan(s.adbAllocation));
    }
  });

  it("has green financing for exactly 9 non-ADB projects, 22 亿元 in total", () => {
    for (const f of d.financing) expect(f.instrument === "ADB_LOAN" || GREEN.has(f.instrument), f.instrument).toBe(true);
    const greenProjects = new Set(greenRecords.map((f) => f.projectCode));
    expect(greenProjects.size).toBe(9);
    for (const c of greenProjects) expect(adbCodes.has(c), c).toBe(false);
    expect(sum(greenRecords.map((f) => yuan(f.amount)))).toBe(2200000000n);
    const bond = greenRecords.filter((f) => f.instrument === "GREEN_BOND" && yuan(f.amount) === 1000000000n);
    expect(bond).toHaveLength(1);
    expect(projects.get(bond[0].projectCode)?.ownerKey).toBe("xgsteel");
    expect(orgs.get(bond[0].institutionKey)?.kind).toBe("UNDERWRITER");
    expect(bond[0].note).toContain("绿色中期票据");
    const pledge = greenRecords.filter((f) => f.instrument === "PLEDGE_LOAN" && yuan(f.amount) === 700000n);
    expect(pledge).toHaveLength(1);
    expect(pledge[0].institutionKey).toBe("hnrcb");
    expect(pledge[0].note).toContain("排污权质押");
    expect(greenRecords.some((f) => f.carbonTool)).toBe(true);
  });

  it("references existing projects and institutions and finances no project beyond its need", () => {
    const byProject = new Map<string, bigint>();
    for (const f of d.financing) {
      expect(projects.has(f.projectCode), f.projectCode).toBe(true);
      expect(orgs.has(f.institutionKey), f.institutionKey).toBe(true);
      expect(orgs.get(f.institutionKey)?.kind).not.toBe("PROJECT_OWNER");
      expect(isDate(f.date) && f.date >= "2023-01-01" && f.date <= TODAY, f.date).toBe(true);
      byProject.set(f.projectCode, (byProject.get(f.projectCode) ?? 0n) + yuan(f.amount));
    }
    for (const [code, total] of byProject) expect(total <= need(projects.get(code)!), code).toBe(true);
  });
});

describe("demo data: products and pushes", () => {
  it("has finance products of the banks and the fund", () => {
    expect(d.products.length).toBeGreaterThanOrEqual(8);
    expect(d.products.length).toBeLessThanOrEqual(12);
    const inst = new Set(d.products.map((p) => p.institutionKey));
    expect(inst.has("icbc") && inst.has("ccb")).toBe(true);
    expect(d.products.filter((p) => !p.active).length).toBe(1);
    const linked = d.products.filter((p) => p.carbonToolLinked).length;
    expect(linked).toBeGreaterThanOrEqual(2);
    expect(linked).toBeLessThanOrEqual(3);
    for (const p of d.products) {
      expect(orgs.has(p.institutionKey), p.name).toBe(true);
      for (const c of p.categoryCodes) expect(categoryCodes.has(c), p.name).toBe(true);
      for (const r of p.regionCodes) expect(regionCodes.has(r), p.name).toBe(true);
      if (p.minAmount && p.maxAmount) expect(yuan(p.minAmount) <= yuan(p.maxAmount)).toBe(true);
    }
    const names = d.products.map((p) => `${p.institutionKey}/${p.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has consistent pushes and responses", () => {
    expect(d.pushes.length).toBeGreaterThanOrEqual(10);
    expect(d.pushes.length).toBeLessThanOrEqual(16);
    const pairs = d.pushes.map((p) => `${p.projectCode}/${p.institutionKey}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const inst = new Set(d.pushes.map((p) => p.institutionKey));
    expect(inst.has("icbc") && inst.has("ccb")).toBe(true);
    const last = (p: (typeof d.pushes)[number]) => p.responses.at(-1)?.status ?? "PENDING";
    const statuses = new Set(d.pushes.map(last));
    for (const s of ["PENDING", "INTERESTED", "DUE_DILIGENCE", "DECLINED"]) expect(statuses.has(s as never), s).toBe(true);
    for (const p of d.pushes) {
      expect(projects.has(p.projectCode)).toBe(true);
      expect(orgs.has(p.institutionKey)).toBe(true);
      if (p.productName) {
        expect(d.products.some((x) => x.name === p.productName && x.institutionKey === p.institutionKey), p.productName).toBe(true);
      }
      expect(isDate(p.pushedOn) && p.pushedOn <= TODAY).toBe(true);
      let prev = p.pushedOn;
      for (const r of p.responses) {
        expect(isDate(r.on) && r.on >= prev && r.on <= TODAY, `${p.projectCode} ${r.on}`).toBe(true);
        prev = r.on;
        if (r.status === "DECLINED") expect(r.reason).toBeTruthy();
        if (r.status === "APPROVED" || r.status === "DISBURSED") {
          expect(r.amount).toBeDefined();
          const match = d.financing.filter((f) => f.projectCode === p.projectCode && f.institutionKey === p.institutionKey &&
            GREEN.has(f.instrument) && f.viaPush && yuan(f.amount) === yuan(r.amount!));
          expect(match, p.projectCode).toHaveLength(1);
        }
      }
    }
    // Every viaPush record comes from a push that reached APPROVED or DISBURSED.
    for (const f of d.financing.filter((x) => x.viaPush)) {
      const p = d.pushes.find((x) => x.projectCode === f.projectCode && x.institutionKey === f.institutionKey);
      expect(p?.responses.some((r) => r.status === "APPROVED" || r.status === "DISBURSED"), f.projectCode).toBe(true);
    }
    // Some pending pushes are overdue (> 10 working days old), some recent.
    const pending = d.pushes.filter((p) => last(p) === "PENDING");
    expect(pending.some((p) => p.pushedOn < "2026-11-09")).toBe(true);
    expect(pending.some((p) => p.pushedOn >= "2026-11-09")).toBe(true);
  });
});

describe("demo data: monthly reports", () => {
  it("covers 15–25 projects under construction for 2026-08..10, with gaps", () => {
    const codes = new Set(d.reports.map((r) => r.projectCode));
    expect(codes.size).toBeGreaterThanOrEqual(15);
    expect(codes.size).toBeLessThanOrEqual(25);
    for (const r of d.reports) {
      expect(projects.get(r.projectCode)?.stage, r.projectCode).toBe("CONSTRUCTION");
      expect(r.year).toBe(2026);
      expect([8, 9, 10]).toContain(r.month);
    }
    const oct = new Set(d.reports.filter((r) => r.month === 10).map((r) => r.projectCode));
    expect(codes.size - oct.size).toBeGreaterThanOrEqual(3);
    const keys = d.reports.map((r) => `${r.projectCode}/${r.month}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has increasing cumulative investment and progress within bounds", () => {
    for (const code of new Set(d.reports.map((r) => r.projectCode))) {
      const rs = d.reports.filter((r) => r.projectCode === code).sort((a, b) => a.month - b.month);
      const total = yuan(projects.get(code)!.totalInvestment);
      for (let i = 0; i < rs.length; i++) {
        const cum = yuan(rs[i].investmentCumulative);
        expect(cum <= total, code).toBe(true);
        expect(yuan(rs[i].investmentMonth) <= cum, code).toBe(true);
        expect(rs[i].physicalProgress).toBeGreaterThanOrEqual(0);
        expect(rs[i].physicalProgress).toBeLessThanOrEqual(100);
        if (i > 0) {
          expect(cum > yuan(rs[i - 1].investmentCumulative), code).toBe(true);
          expect(rs[i].physicalProgress).toBeGreaterThan(rs[i - 1].physicalProgress);
          if (rs[i].month === rs[i - 1].month + 1) {
            expect(yuan(rs[i].investmentMonth), code).toBe(cum - yuan(rs[i - 1].investmentCumulative));
          }
        }
      }
    }
  });

  it("has 10–20 problems, some overdue and open, some closed", () => {
    const problems = d.reports.flatMap((r) => r.problems.map((p) => ({ ...p, report: r })));
    expect(problems.length).toBeGreaterThanOrEqual(10);
    expect(problems.length).toBeLessThanOrEqual(20);
    for (const p of problems) {
      expect(["FUNDING", "LAND", "APPROVAL", "TECHNICAL", "OTHER"]).toContain(p.category);
      expect(isDate(p.dueDate) && p.dueDate.startsWith("2026-")).toBe(true);
      expect(p.department.length).toBeGreaterThan(2);
      if (p.closed) expect(isDate(p.closed.on) && p.closed.on <= TODAY && p.closed.resolution.length > 0).toBe(true);
    }
    expect(problems.some((p) => !p.closed && p.dueDate < TODAY)).toBe(true);
    expect(problems.some((p) => p.closed)).toBe(true);
  });
});
