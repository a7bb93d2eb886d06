import { describe, expect, it } from "vitest";
import { evaluate, explain, rulePasses } from "@/lib/domain/matching/match";
import type { MatchProduct, MatchProject, RuleName } from "@/lib/domain/matching/types";
import { WEIGHTS } from "@/lib/domain/matching/weights";

const WAN = 10_000n;
const names = { category: (id: number) => ["", "清洁能源", "生态修复"][id] ?? "?", region: (id: number) => ({ 11: "雨湖区", 12: "岳塘区", 1: "湘潭市" })[id] ?? "?", instrument: (c: string) => ({ GREEN_LOAN: "绿色信贷", GREEN_BOND: "绿色债券" })[c] ?? c };

const project = (over: Partial<MatchProject> = {}): MatchProject => ({
  id: 7, categoryId: 1, regionPath: [11, 1], reviewStatus: "IN_LIBRARY", highEmission: false, need: 8_000n * WAN, gap: 5_000n * WAN,
  co2ReductionT: 20_000, stage: "CONSTRUCTION", carbonToolEligible: true, intendedInstrument: "GREEN_LOAN", family: "MITIGATION", ...over,
});
const product = (over: Partial<MatchProduct> = {}): MatchProduct => ({
  id: 3, institutionId: 2, instrument: "GREEN_LOAN", active: true, categoryIds: [1], regionIds: [], minAmount: 500n * WAN, maxAmount: 100_000n * WAN,
  minCo2ReductionT: 1_000, carbonToolLinked: true, ...over,
});

describe("hard rules: each passes and fails with its reason", () => {
  const cases: [RuleName, Partial<MatchProject>, Partial<MatchProduct>, string][] = [
    ["active", {}, { active: false }, "产品已停售"],
    ["inLibrary", { reviewStatus: "SUBMITTED" }, {}, "项目尚未入库，不能对接"],
    ["notHighEmission", { highEmission: true }, {}, "“两高”项目，不得提供融资"],
    ["category", { categoryId: 2 }, {}, "项目类别“生态修复”不在产品适用类别内"],
    ["region", {}, { regionIds: [12] }, "项目所在“雨湖区”不在产品适用区域（岳塘区）内"],
    ["amount", { gap: 300n * WAN }, {}, "融资缺口 300.00 万元 低于产品最低额度 500.00 万元"],
    ["amount", { gap: 0n }, { minAmount: null }, "项目融资已全部落实，没有缺口"],
    ["amount", { gap: 500_000n * WAN, need: 500_000n * WAN }, {}, "融资缺口 50 亿元 远超产品最高额度 10 亿元（不足缺口的 25%）"],
    ["climateBenefit", { co2ReductionT: 800 }, {}, "预期年减排量 800 tCO₂e，未达到产品要求的 1,000 tCO₂e"],
    ["climateBenefit", { co2ReductionT: null }, {}, "预期年减排量 未填报，未达到产品要求的 1,000 tCO₂e"],
  ];
  for (const [rule, p, q, text] of cases) {
    it(`${rule}: ${text}`, () => {
      expect(rulePasses(rule, project(), product())).toBe(true);
      const r = explain(project(p), product(q), names);
      const reason = r.reasons.find((x) => x.kind === "rule" && x.rule === rule && !x.passed);
      expect(reason?.text).toBe(text);
      expect(r.eligible).toBe(false);
      expect(evaluate(project(p), product(q)).eligible).toBe(false);
    });
  }

  it("a fitting pair passes every rule, each with its reason", () => {
    const r = explain(project(), product({ regionIds: [1] }), names);
    expect(r.eligible).toBe(true);
    const texts = r.reasons.filter((x) => x.kind === "rule").map((x) => x.text);
    expect(texts).toEqual([
      "产品在售", "项目已入库", "非“两高”项目", "项目类别“清洁能源”属于产品适用类别", "项目所在“雨湖区”在产品适用区域（湘潭市）内",
      "融资缺口 5,000.00 万元 在产品额度 500.00 万元～10 亿元 内", "预期年减排量 20,000 tCO₂e，达到产品要求的 1,000 tCO₂e",
    ]);
  });

  it("a gap above the product's maximum still fits, and says how much the product can carry", () => {
    const r = explain(project({ gap: 150_000n * WAN, need: 150_000n * WAN }), product(), names);
    expect(r.eligible).toBe(true);
    expect(r.reasons.find((x) => x.kind === "rule" && x.rule === "amount")!.text).toBe("融资缺口 15 亿元 超过产品最高额度 10 亿元，可承担其中 66.7%");
    expect(r.reasons.find((x) => x.kind === "factor" && x.factor === "gapFit")).toMatchObject({ points: 20 });
  });
});

describe("score", () => {
  it("is 100 when every factor is at its best, and between 0 and 100 always", () => {
    // 8,000 万元 for 20,000 t a year is 4,000 元/t: within the full-points band.
    expect(evaluate(project(), product()).score).toBe(100);
    const worst = explain(project({ need: 10n ** 12n, co2ReductionT: 1, stage: "OPERATING", carbonToolEligible: false, intendedInstrument: "PPP", gap: 10n ** 12n }), product(), names);
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeLessThan(30);
  });

  it("a factor that does not apply neither helps nor hurts: a bond is scored on the others", () => {
    const bond = product({ instrument: "GREEN_BOND" });
    const r = explain(project({ intendedInstrument: "GREEN_BOND" }), bond, names);
    const tool = r.reasons.find((x) => x.kind === "factor" && x.factor === "carbonTool");
    expect(tool).toMatchObject({ points: null, text: "碳减排支持工具：绿色债券不适用（仅限贷款）" });
    expect(r.score).toBe(100);
  });

  it("adaptation projects are not judged by tonnes", () => {
    const r = explain(project({ family: "ADAPTATION", co2ReductionT: null }), product({ minCo2ReductionT: null }), names);
    expect(r.reasons.find((x) => x.kind === "factor" && x.factor === "costEffectiveness")).toMatchObject({ points: null });
    expect(r.score).toBe(100);
  });

  it("never falls when a project gets cheaper per tonne, further along, or tool-eligible", () => {
    let last = -1;
    for (const co2 of [100, 400, 1_000, 4_000, 10_000, 16_000, 40_000]) {
      const s = evaluate(project({ co2ReductionT: co2 }), product({ minCo2ReductionT: null })).score;
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    expect(last).toBe(100);
    const stages = (["OPERATING", "PREPARATION", "CONSTRUCTION"] as const).map((stage) => evaluate(project({ stage }), product()).score);
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    expect(evaluate(project({ carbonToolEligible: true }), product()).score).toBeGreaterThan(evaluate(project({ carbonToolEligible: false }), product()).score);
  });

  it("never rises as the gap grows past what the product can carry", () => {
    const scores = [50_000n, 100_000n, 200_000n, 400_000n, 500_000n].map((g) => evaluate(project({ gap: g * WAN, need: g * WAN, co2ReductionT: 1e7 }), product()).score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(scores[1]);
    expect(evaluate(project({ gap: 400_000n * WAN }), product()).eligible).toBe(true);
    expect(evaluate(project({ gap: 400_001n * WAN }), product()).eligible).toBe(false);
  });

  it("the weights add up to 100 and the same pair always scores the same", () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(explain(project(), product(), names)).toEqual(explain(project(), product(), names));
    expect(evaluate(project({ co2ReductionT: 3_333 }), product()).score).toBe(explain(project({ co2ReductionT: 3_333 }), product(), names).score);
    expect(evaluate(project({ co2ReductionT: 3_333 }), product()).points).toEqual(
      explain(project({ co2ReductionT: 3_333 }), product(), names).reasons.filter((r) => r.kind === "factor").map((r) => (r.kind === "factor" ? r.points : null)).map((x) => x === null ? null : expect.closeTo(x, 1)),
    );
  });
});

describe("push deadlines", () => {
  it("a deadline at the midnight ending a China day is due that day", async () => {
    const { dueDay, isOverdue } = await import("@/lib/domain/push-workflow");
    const due = new Date("2026-12-04T16:00:00Z");
    expect(dueDay(due)).toBe("2026-12-04");
    expect(isOverdue({ status: "PENDING", dueAt: due }, new Date("2026-12-04T15:59:59Z"))).toBe(false);
    expect(isOverdue({ status: "PENDING", dueAt: due }, new Date("2026-12-04T16:00:01Z"))).toBe(true);
    expect(isOverdue({ status: "APPROVED", dueAt: due }, new Date("2027-01-01T00:00:00Z"))).toBe(false);
  });
});
