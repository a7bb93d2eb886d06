// Green-finance products: a bank manages its own institution's; the bureau admin any; the bureau
// and leaders read all. Edits carry the version they were made on (stale → 409).
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, scopeOf } from "@/lib/auth/policy";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { productCreateInput, productUpdateInput } from "@/lib/validation/finance";
import { audit } from "./audit";
import { rematchProduct } from "./matching/recompute";
import { institutionWhere } from "./scope";

const include = {
  institution: { select: { id: true, name: true } },
  categories: { include: { category: { select: { id: true, name: true, sortKey: true } } } },
  regions: { include: { region: { select: { id: true, name: true, sortKey: true } } } },
} as const;

type Row = Awaited<ReturnType<typeof findProducts>>[number];

function findProducts(where: NonNullable<Parameters<typeof db.financeProduct.findMany>[0]>["where"]) {
  return db.financeProduct.findMany({ where, orderBy: [{ institutionId: "asc" }, { id: "asc" }], include });
}

const bySortKey = (a: { sortKey: number }, b: { sortKey: number }) => a.sortKey - b.sortKey;

function toProduct(p: Row) {
  return {
    id: p.id, version: p.version, name: p.name, institution: p.institution, instrument: p.instrument, description: p.description,
    minAmount: p.minAmount, maxAmount: p.maxAmount, minTermMonths: p.minTermMonths, maxTermMonths: p.maxTermMonths,
    rateBp: p.rateBp, rateNote: p.rateNote, minCo2ReductionT: p.minCo2ReductionT, carbonToolLinked: p.carbonToolLinked, active: p.active,
    categories: p.categories.map((c) => c.category).sort(bySortKey).map(({ id, name }) => ({ id, name })),
    regions: p.regions.map((r) => r.region).sort(bySortKey).map(({ id, name }) => ({ id, name })),
  };
}
export type Product = ReturnType<typeof toProduct>;

export async function listProducts(actor: Actor) {
  return (await findProducts(institutionWhere(actor, "product.read"))).map(toProduct);
}

/** One product for reading or, with "product.manage", for editing; outside the caller's scope it is 404. */
export async function getProduct(actor: Actor, id: number, action: "product.read" | "product.manage" = "product.read") {
  if (!scopeOf(actor, action)) throw new ForbiddenError();
  const [p] = await findProducts({ id });
  if (!p) throw new NotFoundError("未找到该金融产品。");
  authorize(actor, action, { institutionIds: [p.institution.id] });
  return toProduct(p);
}

function fieldError(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

async function checkReferences(tx: Tx, p: { institutionId?: number; categoryIds?: number[]; regionIds?: number[] }) {
  if (p.institutionId !== undefined) {
    const org = await tx.organization.findUnique({ where: { id: p.institutionId }, select: { kind: true } });
    if (!org || org.kind === "BUREAU" || org.kind === "PROJECT_OWNER" || org.kind === "GOVERNMENT") throw fieldError("institutionId", "请选择有效的金融机构");
  }
  if (p.categoryIds?.length) {
    const found = await tx.category.count({ where: { id: { in: p.categoryIds }, retired: false } });
    if (found !== new Set(p.categoryIds).size) throw fieldError("categoryIds", "适用类别中有无效或已停用的类别");
  }
  if (p.regionIds?.length) {
    const found = await tx.region.count({ where: { id: { in: p.regionIds }, retired: false } });
    if (found !== new Set(p.regionIds).size) throw fieldError("regionIds", "适用区县中有无效或已停用的区县");
  }
}

/** The eligible categories and regions as nested writes; an edit replaces the old ones. */
const links = (categoryIds?: number[], regionIds?: number[], replace = false) => {
  const reset = replace ? { deleteMany: {} } : {};
  return {
    ...(categoryIds ? { categories: { ...reset, create: [...new Set(categoryIds)].map((categoryId) => ({ categoryId })) } } : {}),
    ...(regionIds ? { regions: { ...reset, create: [...new Set(regionIds)].map((regionId) => ({ regionId })) } } : {}),
  };
};

export async function createProduct(actor: Actor, input: unknown, ip: string | null = null) {
  if (!scopeOf(actor, "product.manage")) throw new ForbiddenError();
  const { categoryIds, regionIds, institutionId: chosen, ...data } = parseInput(productCreateInput, input);
  // A bank's product is its own institution's, whatever the form says.
  const institutionId = scopeOf(actor, "product.manage") === "institution" ? actor.organizationId ?? 0 : chosen;
  if (institutionId === undefined) throw fieldError("institutionId", "请选择所属机构");
  authorize(actor, "product.manage", { institutionIds: [institutionId] });
  return db.$transaction(async (tx) => {
    await checkReferences(tx, { institutionId, categoryIds, regionIds });
    const values = { ...data, carbonToolLinked: data.carbonToolLinked ?? false, active: data.active ?? true };
    const created = await tx.financeProduct.create({ data: { ...values, institutionId, ...links(categoryIds, regionIds) } });
    await rematchProduct(tx, created.id);
    await audit(tx, actor, { action: "product.create", entity: "FinanceProduct", entityId: created.id, after: { ...values, institutionId, categoryIds, regionIds }, ip });
    return { id: created.id, version: created.version };
  });
}

/** Optional fields a person may empty: "" (from a form) or null (from the API) clears them. */
const CLEARABLE = ["description", "minAmount", "maxAmount", "minTermMonths", "maxTermMonths", "rateBp", "rateNote", "minCo2ReductionT"] as const;

export async function updateProduct(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  const { version, categoryIds, regionIds, ...parsed } = parseInput(productUpdateInput, input);
  const raw = (input ?? {}) as Record<string, unknown>;
  const changes = { ...parsed, ...Object.fromEntries(CLEARABLE.filter((f) => f in raw && (raw[f] === "" || raw[f] === null)).map((f) => [f, null])) };
  // Regions sent empty mean "all districts"; absent means unchanged.
  const regions = "regionIds" in raw ? regionIds : undefined;
  const current = await getProduct(actor, id, "product.manage");
  return db.$transaction(async (tx) => {
    if (current.version !== version) throw new ConflictError("保存失败：该产品在您编辑期间已被他人修改，请刷新后再改。");
    await checkReferences(tx, { categoryIds, regionIds: regions });
    const min = changes.minAmount !== undefined ? changes.minAmount : current.minAmount;
    const max = changes.maxAmount !== undefined ? changes.maxAmount : current.maxAmount;
    if (min !== null && max !== null && min > max) throw fieldError("maxAmount", "最高额度不能低于最低额度");
    const cur = current as Record<string, unknown>;
    const changed = Object.keys(changes).filter((f) => (changes as Record<string, unknown>)[f] !== undefined && (changes as Record<string, unknown>)[f] !== cur[f]);
    const sameIds = (a: number[] | undefined, b: { id: number }[]) => a === undefined || [...new Set(a)].sort().join() === b.map((x) => x.id).sort().join();
    if (!sameIds(categoryIds, current.categories)) changed.push("categoryIds");
    if (!sameIds(regions, current.regions)) changed.push("regionIds");
    if (!changed.length) return { id, version, changed };
    const data = Object.fromEntries(changed.filter((f) => f !== "categoryIds" && f !== "regionIds").map((f) => [f, (changes as Record<string, unknown>)[f]]));
    const written = await tx.financeProduct.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (written.count === 0) throw new ConflictError("保存失败：该产品在您编辑期间已被他人修改，请刷新后再改。");
    if (changed.includes("categoryIds") || changed.includes("regionIds")) {
      await tx.financeProduct.update({ where: { id }, data: links(changed.includes("categoryIds") ? categoryIds : undefined, changed.includes("regionIds") ? regions : undefined, true) });
    }
    await rematchProduct(tx, id);
    await audit(tx, actor, {
      action: "product.update", entity: "FinanceProduct", entityId: id, ip,
      before: { ...Object.fromEntries(changed.map((f) => [f, f === "categoryIds" ? current.categories.map((c) => c.id) : f === "regionIds" ? current.regions.map((r) => r.id) : cur[f]])), version },
      after: { ...data, ...(changed.includes("categoryIds") ? { categoryIds } : {}), ...(changed.includes("regionIds") ? { regionIds: regions } : {}), version: version + 1 },
    });
    return { id, version: version + 1, changed };
  });
}
