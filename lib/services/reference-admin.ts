// Administration of the reference data: the category taxonomy and the districts/parks. A
// category or district that projects or products use cannot be deleted, only retired.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { categoryInput, regionInput, retireInput } from "@/lib/validation/reference";
import { audit } from "./audit";

function duplicate(field: "code" | "name", value: string): ValidationError {
  const message = field === "code" ? `代码“${value}”已被使用` : `名称“${value}”已被使用`;
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

export async function listReference(actor: Actor) {
  authorize(actor, "settings.manage");
  const [categories, regions] = await Promise.all([
    db.category.findMany({ orderBy: { sortKey: "asc" }, include: { _count: { select: { projects: true, products: true } } } }),
    db.region.findMany({ where: { level: { in: ["DISTRICT", "PARK"] } }, orderBy: { sortKey: "asc" }, include: { _count: { select: { projects: true, products: true } } } }),
  ]);
  return {
    categories: categories.map(({ _count, ...c }) => ({ ...c, uses: _count.projects + _count.products })),
    regions: regions.map(({ _count, ...r }) => ({ ...r, uses: _count.projects + _count.products })),
  };
}

async function uniqueCheck(tx: Tx, kind: "category" | "region", data: { code: string; name: string }, exceptId?: number) {
  const model = kind === "category" ? tx.category : tx.region;
  const byCode = await (model as typeof tx.category).findFirst({ where: { code: data.code, NOT: { id: exceptId ?? -1 } } });
  if (byCode) throw duplicate("code", data.code);
  if (kind === "category" && (await tx.category.findFirst({ where: { name: data.name, NOT: { id: exceptId ?? -1 } } }))) throw duplicate("name", data.name);
}

export async function saveCategory(actor: Actor, id: number | null, input: unknown, ip: string | null = null) {
  authorize(actor, "settings.manage");
  const data = parseInput(categoryInput, input);
  return db.$transaction(async (tx) => {
    await uniqueCheck(tx, "category", data, id ?? undefined);
    if (id === null) {
      const max = await tx.category.aggregate({ _max: { sortKey: true } });
      const created = await tx.category.create({ data: { ...data, sortKey: (max._max.sortKey ?? 0) + 1 } });
      await audit(tx, actor, { action: "reference.category.create", entity: "Category", entityId: created.id, after: data, ip });
      return created;
    }
    const before = await tx.category.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const updated = await tx.category.update({ where: { id }, data });
    await audit(tx, actor, { action: "reference.category.update", entity: "Category", entityId: id, before: { code: before.code, name: before.name, family: before.family, description: before.description }, after: data, ip });
    return updated;
  });
}

export async function saveRegion(actor: Actor, id: number | null, input: unknown, ip: string | null = null) {
  authorize(actor, "settings.manage");
  const data = parseInput(regionInput, input);
  return db.$transaction(async (tx) => {
    await uniqueCheck(tx, "region", data, id ?? undefined);
    if (id === null) {
      const city = await tx.region.findFirst({ where: { level: "CITY" }, orderBy: { id: "asc" } });
      const max = await tx.region.aggregate({ _max: { sortKey: true } });
      const created = await tx.region.create({ data: { ...data, parentId: actor.regionId ?? city?.id ?? null, sortKey: (max._max.sortKey ?? 0) + 1 } });
      await audit(tx, actor, { action: "reference.region.create", entity: "Region", entityId: created.id, after: data, ip });
      return created;
    }
    const before = await tx.region.findUnique({ where: { id } });
    if (!before || (before.level !== "DISTRICT" && before.level !== "PARK")) throw new NotFoundError();
    const updated = await tx.region.update({ where: { id }, data });
    await audit(tx, actor, { action: "reference.region.update", entity: "Region", entityId: id, before: { code: before.code, name: before.name, level: before.level }, after: data, ip });
    return updated;
  });
}

export async function setRetired(actor: Actor, kind: "category" | "region", id: number, input: unknown, ip: string | null = null) {
  authorize(actor, "settings.manage");
  const { retired } = parseInput(retireInput, input);
  return db.$transaction(async (tx) => {
    const model = (kind === "category" ? tx.category : tx.region) as typeof tx.category;
    const before = await model.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await model.update({ where: { id }, data: { retired } });
    await audit(tx, actor, { action: `reference.${kind}.${retired ? "retire" : "reinstate"}`, entity: kind === "category" ? "Category" : "Region", entityId: id, ip });
  });
}

export async function deleteReference(actor: Actor, kind: "category" | "region", id: number, ip: string | null = null) {
  authorize(actor, "settings.manage");
  return db.$transaction(async (tx) => {
    const where = kind === "category" ? { categoryId: id } : { regionId: id };
    const [projects, products] = await Promise.all([
      tx.project.count({ where }),
      kind === "category" ? tx.productCategory.count({ where: { categoryId: id } }) : tx.productRegion.count({ where: { regionId: id } }),
    ]);
    if (projects + products > 0) {
      throw new ConflictError(`该${kind === "category" ? "类别" : "区县"}已被 ${projects} 个项目、${products} 个金融产品使用，不能删除，只能停用。`);
    }
    const model = (kind === "category" ? tx.category : tx.region) as typeof tx.category;
    const before = await model.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    await model.delete({ where: { id } });
    await audit(tx, actor, { action: `reference.${kind}.delete`, entity: kind === "category" ? "Category" : "Region", entityId: id, before: { code: before.code, name: before.name }, ip });
  });
}
