// Matching a project with a finance product: hard rules decide eligibility, weighted soft factors
// the score (see weights.ts), and every rule and factor gives its reason in Chinese. Pure and
// deterministic: the same project and product always give the same answer.
import { yuanPerTco2 } from "../benefits/cost-effectiveness";
import { formatMoney, formatNumber } from "../format";
import { carbonToolApplies } from "../instruments";
import type { FactorReason, MatchNames, MatchProduct, MatchProject, MatchResult, Reason, RuleName, RuleReason } from "./types";
import { COST_FULL_YUAN, COST_ZERO_YUAN, MIN_COVERAGE, STAGE_SHARE, WEIGHTS, type FactorName } from "./weights";

const RULES: readonly RuleName[] = ["active", "inLibrary", "notHighEmission", "category", "region", "amount", "climateBenefit"];

/** Whether one hard rule holds. */
export function rulePasses(rule: RuleName, p: MatchProject, q: MatchProduct): boolean {
  switch (rule) {
    case "active": return q.active;
    case "inLibrary": return p.reviewStatus === "IN_LIBRARY";
    case "notHighEmission": return !p.highEmission;
    case "category": return q.categoryIds.includes(p.categoryId);
    case "region": return q.regionIds.length === 0 || p.regionPath.some((r) => q.regionIds.includes(r));
    // See MIN_COVERAGE; the gap-fit factor then scores how much of the gap the product can carry.
    case "amount": return p.gap > 0n && (q.minAmount === null || p.gap >= q.minAmount) && coverage(p, q) >= MIN_COVERAGE;
    case "climateBenefit": return q.minCo2ReductionT === null || (p.co2ReductionT ?? 0) >= q.minCo2ReductionT;
  }
}

/** The share (0–1) of the gap the product can carry in one loan or issue. */
function coverage(p: MatchProject, q: MatchProduct): number {
  if (q.maxAmount === null || p.gap <= q.maxAmount) return 1;
  return Number((q.maxAmount * 10_000n) / p.gap) / 10_000;
}

/** Points of one soft factor, or null when it does not apply to the pair. */
export function factorPoints(factor: FactorName, p: MatchProject, q: MatchProduct): number | null {
  const w = WEIGHTS[factor];
  switch (factor) {
    case "gapFit": return w * coverage(p, q);
    case "costEffectiveness": return costEffectivenessPoints(p);
    case "stage": return stagePoints(p);
    case "carbonTool":
      if (!carbonToolApplies(q.instrument)) return null;
      return p.carbonToolEligible ? (q.carbonToolLinked ? w : w / 2) : 0;
    case "instrumentFit":
      return p.intendedInstrument === null ? w / 2 : p.intendedInstrument === q.instrument ? w : 0;
  }
}

/** Cost-effectiveness looks at the project alone. */
function costEffectivenessPoints(p: MatchProject): number | null {
  const w = WEIGHTS.costEffectiveness;
  if (p.family === "ADAPTATION") return null;
  const cost = yuanPerTco2(p.need, p.co2ReductionT);
  if (cost === null) return 0;
  const c = Number(cost);
  if (c <= COST_FULL_YUAN) return w;
  if (c >= COST_ZERO_YUAN) return 0;
  return (w * (Math.log(COST_ZERO_YUAN) - Math.log(c))) / (Math.log(COST_ZERO_YUAN) - Math.log(COST_FULL_YUAN));
}

/** So does the stage. */
function stagePoints(p: MatchProject): number {
  return WEIGHTS.stage * STAGE_SHARE[p.stage];
}

const FACTORS = Object.keys(WEIGHTS) as FactorName[];

function scoreOf(points: readonly (number | null)[]): number {
  let earned = 0;
  let possible = 0;
  for (let i = 0; i < FACTORS.length; i++) {
    const pts = points[i];
    if (pts === null) continue;
    earned += pts;
    possible += WEIGHTS[FACTORS[i]];
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

function passesEveryRule(p: MatchProject, q: MatchProduct): boolean {
  for (const rule of RULES) if (!rulePasses(rule, p, q)) return false;
  return true;
}

/**
 * The fast path for recomputing many pairs: one project against many products, without the texts.
 * `take` gets each eligible pair's product, score and factor points (in WEIGHTS order), in the
 * products' order; the points array is reused from one call to the next, so read it there. The
 * rules stop at the first that fails, an ineligible pair is not scored, and the factors that look
 * at the project alone are worked out once, not once per product.
 */
export function evaluateAgainst(
  p: MatchProject, products: readonly MatchProduct[], take: (q: MatchProduct, score: number, points: readonly (number | null)[]) => void,
): void {
  const own = FACTORS.map((f) => (f === "costEffectiveness" ? costEffectivenessPoints(p) : f === "stage" ? stagePoints(p) : undefined));
  const points: (number | null)[] = new Array(FACTORS.length).fill(null);
  for (const q of products) {
    if (!passesEveryRule(p, q)) continue;
    for (let i = 0; i < FACTORS.length; i++) points[i] = own[i] !== undefined ? own[i]! : factorPoints(FACTORS[i], p, q);
    take(q, scoreOf(points), points);
  }
}

/** One pair on the fast path: eligibility and, for an eligible pair, its score and factor points. */
export function evaluate(p: MatchProject, q: MatchProduct): { eligible: boolean; score: number; points: (number | null)[] } {
  let result = { eligible: false, score: 0, points: [] as (number | null)[] };
  evaluateAgainst(p, [q], (_, score, points) => (result = { eligible: true, score, points: [...points] }));
  return result;
}

const pts = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function ruleText(rule: RuleName, passed: boolean, p: MatchProject, q: MatchProduct, n: MatchNames): string {
  switch (rule) {
    case "active": return passed ? "产品在售" : "产品已停售";
    case "inLibrary": return passed ? "项目已入库" : "项目尚未入库，不能对接";
    case "notHighEmission": return passed ? "非“两高”项目" : "“两高”项目，不得提供融资";
    case "category": return `项目类别“${n.category(p.categoryId)}”${passed ? "属于" : "不在"}产品适用类别${passed ? "" : "内"}`;
    case "region":
      if (q.regionIds.length === 0) return "产品适用全部区县";
      return `项目所在“${n.region(p.regionPath[0])}”${passed ? "在" : "不在"}产品适用区域（${q.regionIds.map(n.region).join("、")}）内`;
    case "amount": {
      if (p.gap <= 0n) return "项目融资已全部落实，没有缺口";
      const range = `${q.minAmount === null ? "不限" : formatMoney(q.minAmount)}～${q.maxAmount === null ? "不限" : formatMoney(q.maxAmount)}`;
      if (q.minAmount !== null && p.gap < q.minAmount) return `融资缺口 ${formatMoney(p.gap)} 低于产品最低额度 ${formatMoney(q.minAmount)}`;
      if (!passed) return `融资缺口 ${formatMoney(p.gap)} 远超产品最高额度 ${formatMoney(q.maxAmount!)}（不足缺口的 ${MIN_COVERAGE * 100}%）`;
      if (q.maxAmount !== null && p.gap > q.maxAmount) return `融资缺口 ${formatMoney(p.gap)} 超过产品最高额度 ${formatMoney(q.maxAmount)}，可承担其中 ${pts(coverage(p, q) * 100)}%`;
      return `融资缺口 ${formatMoney(p.gap)} 在产品额度 ${range} 内`;
    }
    case "climateBenefit": {
      if (q.minCo2ReductionT === null) return "产品对减排量无最低要求";
      const have = p.co2ReductionT === null ? "未填报" : `${formatNumber(p.co2ReductionT)} tCO₂e`;
      return `预期年减排量 ${have}，${passed ? "达到" : "未达到"}产品要求的 ${formatNumber(q.minCo2ReductionT)} tCO₂e`;
    }
  }
}

function factorText(factor: FactorName, points: number | null, p: MatchProject, q: MatchProduct, n: MatchNames): string {
  const earned = points === null ? "不适用" : `${pts(points)}/${WEIGHTS[factor]} 分`;
  switch (factor) {
    case "gapFit":
      return `缺口匹配：${coverage(p, q) >= 1 ? "产品可承担全部缺口" : `产品最多可承担缺口的 ${pts(coverage(p, q) * 100)}%`}（${earned}）`;
    case "costEffectiveness": {
      if (points === null) return "成本效益：适应类项目不以减排量衡量（不适用）";
      const cost = yuanPerTco2(p.need, p.co2ReductionT);
      if (cost === null) return `成本效益：未填报减排量，无法计算每吨减排的融资额（${earned}）`;
      return `成本效益：每吨年减排对应融资需求 ${formatNumber(Number(cost))} 元（${earned}）`;
    }
    case "stage":
      return `实施阶段：${{ CONSTRUCTION: "在建，当前最需要资金", PREPARATION: "前期，即将需要资金", OPERATING: "已建成运营，多为再融资" }[p.stage]}（${earned}）`;
    case "carbonTool":
      if (points === null) return `碳减排支持工具：${n.instrument(q.instrument)}不适用（仅限贷款）`;
      return `碳减排支持工具：${p.carbonToolEligible ? (q.carbonToolLinked ? "项目符合，产品可申请" : "项目符合，但产品未纳入") : "项目不符合"}（${earned}）`;
    case "instrumentFit":
      return p.intendedInstrument === null
        ? `融资工具：项目未填拟采用的融资工具（${earned}）`
        : `融资工具：项目拟采用${n.instrument(p.intendedInstrument)}，产品为${n.instrument(q.instrument)}（${earned}）`;
  }
}

/** Every rule and factor with its reason: what the bureau and a bank read beside a match. */
export function explain(p: MatchProject, q: MatchProduct, names: MatchNames): MatchResult {
  const rules: RuleReason[] = RULES.map((rule) => {
    const passed = rulePasses(rule, p, q);
    return { kind: "rule", rule, passed, text: ruleText(rule, passed, p, q, names) };
  });
  const points = FACTORS.map((f) => factorPoints(f, p, q));
  const factors: FactorReason[] = FACTORS.map((factor, i) => ({
    kind: "factor", factor, points: points[i] === null ? null : Math.round(points[i]! * 10) / 10, weight: WEIGHTS[factor],
    text: factorText(factor, points[i], p, q, names),
  }));
  const reasons: Reason[] = [...rules, ...factors];
  return { projectId: p.id, productId: q.id, eligible: rules.every((r) => r.passed), score: scoreOf(points), reasons };
}
