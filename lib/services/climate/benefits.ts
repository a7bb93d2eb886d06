// Climate benefits of projects: compute from activity data and the factor library, keep the
// trace with the project, and recompute the projects that rest on a factor when it changes.
// Project's cached figure columns stay what the rest of the product reads; they change here
// in the same transaction as the trace that explains them.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, can } from "@/lib/auth/policy";
import {
  BenefitError, cachedFigures, calculateBenefit, FIGURE_KEYS, libraryFactorIds, type BenefitFigures, type BenefitLine,
  type BenefitResult, type FactorLookup,
} from "@/lib/domain/benefits";
import { ConflictError, ValidationError } from "@/lib/errors";
import { toJsonValue } from "@/lib/json";
import { parseInput } from "@/lib/validation/parse";
import { benefitLines, calculateInput, projectBenefitInput } from "@/lib/validation/climate";
import { audit } from "../audit";
import { projectFor } from "../projects/access";
import { rematchProjects } from "../matching/recompute";
import { currentLibrary } from "./factors";

function compute(lines: BenefitLine[], library: FactorLookup, path = "lines"): BenefitResult {
  try {
    return calculateBenefit(lines, library);
  } catch (e) {
    if (e instanceof BenefitError) throw new ValidationError(e.message, { fields: [{ path, message: e.message }] });
    throw e;
  }
}

/** POST /api/v1/benefits/calculate: a pure calculation with the current factors; nothing is stored. */
export async function calculateForActivity(actor: Actor, input: unknown): Promise<BenefitResult> {
  authorize(actor, "factor.read");
  const lines = parseInput(calculateInput, input);
  return compute(lines, await currentLibrary(), "activity");
}

type Figures = Record<(typeof FIGURE_KEYS)[number], number | null>;
const figuresOf = (p: Record<string, unknown>): Figures =>
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, (p[k] as number | null) ?? null])) as Figures;

export interface ProjectBenefit {
  project: { id: number; code: string; name: string; version: number; category: string; categoryCode: string; region: string; securedAmount: bigint; financingNeed: bigint };
  figures: Figures & { beneficiaries: number | null };
  declaredCo2T: number | null;
  lines: BenefitLine[] | null;
  trace: BenefitResult | null;
  computedAt: Date | null;
  /** Factor keys whose library version is newer than the one the figures used. */
  staleFactors: { key: string; name: string; usedVersion: number; currentVersion: number }[];
  canEdit: boolean;
}

export async function projectBenefit(actor: Actor, id: number): Promise<ProjectBenefit> {
  await projectFor(actor, "project.read", id);
  const [p, uses] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id }, include: { category: true, region: true } }),
    db.projectFactorUse.findMany({ where: { projectId: id }, include: { factor: true } }),
  ]);
  const keys = uses.map((u) => u.factorKey);
  const current = keys.length
    ? await db.emissionFactor.findMany({ where: { key: { in: keys }, supersededAt: null }, select: { key: true, version: true } })
    : [];
  const currentVersion = new Map(current.map((c) => [c.key, c.version]));
  let canEdit = false;
  if (can(actor, "project.update")) canEdit = await projectFor(actor, "project.update", id).then(() => true, () => false);
  return {
    project: {
      id: p.id, code: p.code, name: p.name, version: p.version, category: p.category.name, categoryCode: p.category.code, region: p.region.name,
      securedAmount: p.securedAmount, financingNeed: p.financingNeed,
    },
    figures: { ...figuresOf(p), beneficiaries: p.beneficiaries },
    declaredCo2T: p.declaredCo2T,
    lines: (p.benefitInputs as BenefitLine[] | null) ?? null,
    trace: (p.benefitTrace as unknown as BenefitResult | null) ?? null,
    computedAt: p.benefitComputedAt,
    staleFactors: uses.flatMap((u) => {
      const cur = currentVersion.get(u.factorKey);
      return cur !== undefined && cur !== u.factor.version ? [{ key: u.factorKey, name: u.factor.name, usedVersion: u.factor.version, currentVersion: cur }] : [];
    }),
    canEdit,
  };
}

/** Writes a computation onto the project: figures, inputs, trace, factor uses; bumps its version. */
async function writeComputation(tx: Tx, projectId: number, version: number, lines: BenefitLine[], result: BenefitResult, extra: object = {}) {
  const written = await tx.project.updateMany({
    where: { id: projectId, version },
    data: {
      ...cachedFigures(result), ...extra,
      benefitInputs: toJsonValue(lines) as object, benefitTrace: toJsonValue(result) as object, benefitComputedAt: new Date(),
      version: { increment: 1 },
    },
  });
  if (written.count === 0) return false;
  // Tonnes decide a product's minimum-benefit rule and the cost-effectiveness score.
  await rematchProjects(tx, [projectId]);
  await tx.projectFactorUse.deleteMany({ where: { projectId } });
  const ids = libraryFactorIds(result);
  if (ids.length) {
    const keys = new Map(result.factors.flatMap((f) => (f.id === null ? [] : [[f.id, f.key] as const])));
    await tx.projectFactorUse.createMany({ data: ids.map((factorId) => ({ projectId, factorId, factorKey: keys.get(factorId)! })) });
  }
  return true;
}

function changedFigures(before: Record<string, unknown>, after: Record<string, unknown>, keys: readonly string[]) {
  const changed = keys.filter((k) => k in after && (before[k] ?? null) !== (after[k] ?? null));
  return { before: Object.fromEntries(changed.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(changed.map((k) => [k, after[k] ?? null])) };
}

/** The project benefit form: choose calculators, enter activity data, keep the owner's figure. */
export async function saveProjectBenefit(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  const data = parseInput(projectBenefitInput, input);
  const lines = data.lines as BenefitLine[];
  const raw = (input ?? {}) as Record<string, unknown>;
  const declared = "declaredCo2T" in raw ? { declaredCo2T: data.declaredCo2T ?? null } : {};
  const outcome = await db.$transaction(async (tx) => {
    const current = await projectFor(actor, "project.update", id, tx);
    if (current.version !== data.version) return null;
    const result = compute(lines, await currentLibrary(tx));
    if (!(await writeComputation(tx, id, data.version, lines, result, declared))) return null;
    const diff = changedFigures(current, { ...cachedFigures(result), ...declared }, [...FIGURE_KEYS, "declaredCo2T"]);
    await audit(tx, actor, {
      action: "project.update", entity: "Project", entityId: id, ip,
      before: { ...diff.before, version: data.version }, after: { ...diff.after, version: data.version + 1 },
      detail: `按活动数据计算气候效益（${lines.map((l) => l.kind).join("、")}）`,
    });
    return { id, version: data.version + 1, figures: result.figures };
  });
  if (!outcome) throw new ConflictError(`保存失败：该项目在您编辑期间已被他人修改（您编辑的是第 ${data.version} 版）。请刷新查看最新内容后再修改。`);
  return outcome;
}

export interface RecomputeRow {
  id: number;
  code: string;
  name: string;
  before: BenefitFigures;
  after: BenefitFigures;
}
export interface RecomputeSummary {
  key: string;
  name: string;
  version: number;
  value: number;
  unit: string;
  projects: RecomputeRow[];
  totals: { before: Figures; after: Figures };
}

const sumFigures = (rows: Figures[]): Figures =>
  Object.fromEntries(FIGURE_KEYS.map((k) => {
    const vs = rows.map((r) => r[k]).filter((v): v is number => v !== null);
    return [k, vs.length ? Math.round(vs.reduce((s, v) => s + v, 0) * 100) / 100 : null];
  })) as Figures;

/**
 * Recomputes every project whose figures rest on an older version of a factor, in one
 * transaction, and logs one audit entry per project plus the before/after summary.
 */
export async function recomputeFactor(actor: Actor, key: string, ip: string | null = null): Promise<RecomputeSummary> {
  authorize(actor, "factor.manage");
  return db.$transaction(async (tx) => {
    const library = await currentLibrary(tx);
    const factor = library.get(key);
    if (!factor) throw new ValidationError(`因子库中没有“${key}”`);
    const stale = await tx.projectFactorUse.findMany({ where: { factorKey: key, factorId: { not: factor.id! } }, select: { projectId: true }, distinct: ["projectId"] });
    const projects = await tx.project.findMany({ where: { id: { in: stale.map((s) => s.projectId) } }, orderBy: { code: "asc" } });
    const rows: RecomputeRow[] = [];
    for (const p of projects) {
      const lines = parseInput(benefitLines, p.benefitInputs) as BenefitLine[];
      const result = compute(lines, library);
      if (!(await writeComputation(tx, p.id, p.version, lines, result))) throw new ConflictError("重新计算期间有项目被他人修改，请重试");
      const before = figuresOf(p);
      const after = { ...before, ...cachedFigures(result) } as Figures;
      const diff = changedFigures(before, after, FIGURE_KEYS);
      await audit(tx, actor, {
        action: "project.update", entity: "Project", entityId: p.id, ip,
        before: { ...diff.before, version: p.version }, after: { ...diff.after, version: p.version + 1 },
        detail: `因子“${factor.name}”更新为第${factor.version}版后重新计算`,
      });
      rows.push({ id: p.id, code: p.code, name: p.name, before, after });
    }
    const summary: RecomputeSummary = {
      key, name: factor.name, version: factor.version!, value: factor.value, unit: factor.unit, projects: rows,
      totals: { before: sumFigures(rows.map((r) => r.before)), after: sumFigures(rows.map((r) => r.after)) },
    };
    await audit(tx, actor, {
      action: "factor.recompute", entity: "EmissionFactor", entityId: factor.id, ip,
      before: { key, projects: rows.length, totals: summary.totals.before },
      after: { key, version: factor.version, projects: rows.map((r) => r.code), totals: summary.totals.after },
      detail: `按“${factor.name}”第${factor.version}版重新计算 ${rows.length} 个项目`,
    });
    return summary;
  }, { timeout: 60_000 });
}

/** Factors with projects still computed on an older version: what the admin is offered to recompute. */
export async function staleFactorUses(actor: Actor): Promise<{ key: string; projects: number }[]> {
  authorize(actor, "factor.read");
  const current = await db.emissionFactor.findMany({ where: { supersededAt: null }, select: { id: true } });
  const rows = await db.projectFactorUse.groupBy({ by: ["factorKey"], where: { factorId: { notIn: current.map((c) => c.id) } }, _count: { _all: true } });
  return rows.map((r) => ({ key: r.factorKey, projects: r._count._all }));
}
