// Financial institutions (banks and their branches, ADB, funds, underwriters, fiscal bodies):
// the bureau admin keeps the list; everyone who deals with institutions reads it.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, listScope } from "@/lib/auth/policy";
import { INSTITUTION_KINDS } from "@/lib/domain/instruments";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { institutionCreateInput, institutionUpdateInput, type InstitutionInput } from "@/lib/validation/finance";
import { audit } from "./audit";

function fieldError(field: string, message: string): ValidationError {
  return new ValidationError(message, { fields: [{ path: field, message }] });
}

/** A bank reads only its own institution and its branches. */
function visible(actor: Actor) {
  const scope = listScope(actor, "institution.read");
  if (scope.kind === "ownerOrg") throw new ForbiddenError();
  const own = scope.kind === "institution" ? { OR: [{ id: scope.institutionId }, { parentId: scope.institutionId }] } : {};
  return { kind: { in: [...INSTITUTION_KINDS] }, ...own };
}

export async function listInstitutions(actor: Actor) {
  const rows = await db.organization.findMany({
    where: visible(actor),
    orderBy: [{ kind: "asc" }, { parentId: "asc" }, { id: "asc" }],
    include: {
      parent: { select: { id: true, name: true } }, region: { select: { name: true } },
      _count: { select: { products: true, financingRecords: true } },
    },
  });
  // A branch is listed right under its head institution.
  const index = new Map(rows.map((x, i) => [x.id, i]));
  const order = (o: (typeof rows)[number]) => index.get(o.parentId ?? o.id)! * 2 + (o.parentId === null ? 0 : 1);
  return [...rows].sort((a, b) => order(a) - order(b) || a.id - b.id).map((o) => ({
    id: o.id, name: o.name, shortName: o.shortName, kind: o.kind, parent: o.parent, regionId: o.regionId, region: o.region?.name ?? null,
    creditCode: o.creditCode, contact: o.contact, phone: o.phone,
    products: o._count.products, financingRecords: o._count.financingRecords,
  }));
}

/** Institutions a financing record or product may name: for pickers. */
export async function institutionOptions(actor: Actor) {
  return db.organization.findMany({
    where: visible(actor),
    orderBy: [{ kind: "asc" }, { id: "asc" }],
    select: { id: true, name: true, kind: true },
  });
}

async function checkReferences(tx: Tx, id: number | null, p: Partial<InstitutionInput>) {
  if (p.name !== undefined) {
    const same = await tx.organization.findUnique({ where: { name: p.name }, select: { id: true } });
    if (same && same.id !== id) throw fieldError("name", `已有名为“${p.name}”的机构`);
  }
  if (p.creditCode !== undefined) {
    const same = await tx.organization.findUnique({ where: { creditCode: p.creditCode }, select: { id: true } });
    if (same && same.id !== id) throw fieldError("creditCode", "该统一社会信用代码已被其他机构使用");
  }
  if (p.parentId !== undefined) {
    if (p.parentId === id) throw fieldError("parentId", "上级机构不能是本机构");
    const parent = await tx.organization.findUnique({ where: { id: p.parentId }, select: { kind: true, parentId: true } });
    if (!parent || parent.kind !== "BANK") throw fieldError("parentId", "上级机构须为银行");
    if (parent.parentId !== null) throw fieldError("parentId", "上级机构须为总行或分行，不能是支行的下级");
  }
  if (p.regionId !== undefined && !(await tx.region.findUnique({ where: { id: p.regionId }, select: { id: true } }))) {
    throw fieldError("regionId", "请选择有效的地区");
  }
}

export async function createInstitution(actor: Actor, input: unknown, ip: string | null = null) {
  authorize(actor, "institution.manage");
  const data = parseInput(institutionCreateInput, input);
  if (data.parentId !== undefined && data.kind !== "BANK") throw fieldError("parentId", "只有银行可以设置上级机构（分支行）");
  return db.$transaction(async (tx) => {
    await checkReferences(tx, null, data);
    const created = await tx.organization.create({ data });
    await audit(tx, actor, { action: "institution.create", entity: "Organization", entityId: created.id, after: data, ip });
    return { id: created.id };
  });
}

export async function updateInstitution(actor: Actor, id: number, input: unknown, ip: string | null = null) {
  authorize(actor, "institution.manage");
  const raw = (input ?? {}) as Record<string, unknown>;
  const data = parseInput(institutionUpdateInput, input);
  // Emptied optional fields are cleared; a form sends "" for them.
  const cleared = Object.fromEntries(
    (["shortName", "parentId", "regionId", "creditCode", "contact", "phone"] as const).filter((f) => f in raw && (raw[f] === "" || raw[f] === null)).map((f) => [f, null]),
  );
  return db.$transaction(async (tx) => {
    const current = await tx.organization.findUnique({ where: { id } });
    if (!current || !(INSTITUTION_KINDS as readonly string[]).includes(current.kind)) throw new NotFoundError("未找到该机构。");
    const next = { ...data, ...cleared };
    const kind = next.kind ?? current.kind;
    const parentId = "parentId" in next ? next.parentId : current.parentId;
    if (parentId != null && kind !== "BANK") throw fieldError("parentId", "只有银行可以设置上级机构（分支行）");
    if (kind !== current.kind && kind !== "BANK" && (await tx.organization.count({ where: { parentId: id } })) > 0) {
      throw fieldError("kind", "该机构下有分支行，不能改为非银行类型");
    }
    await checkReferences(tx, id, {
      name: next.name !== current.name ? next.name : undefined,
      creditCode: next.creditCode && next.creditCode !== current.creditCode ? next.creditCode : undefined,
      parentId: next.parentId ?? undefined,
      regionId: next.regionId ?? undefined,
    });
    const cur = current as Record<string, unknown>;
    const changed = Object.keys(next).filter((f) => (next as Record<string, unknown>)[f] !== undefined && (next as Record<string, unknown>)[f] !== cur[f]);
    if (!changed.length) return { id, changed: [] as string[] };
    const pick = (o: object) => Object.fromEntries(changed.map((f) => [f, (o as Record<string, unknown>)[f]]));
    await tx.organization.update({ where: { id }, data: pick(next) });
    await audit(tx, actor, { action: "institution.update", entity: "Organization", entityId: id, before: pick(current), after: pick(next), ip });
    return { id, changed };
  });
}

/** Regions an institution may sit in: the city and its districts and parks. */
export async function institutionRegions() {
  return db.region.findMany({ where: { retired: false, level: { not: "PROVINCE" } }, orderBy: [{ level: "asc" }, { sortKey: "asc" }], select: { id: true, name: true } });
}
