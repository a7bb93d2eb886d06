// Procurement packages (采购包) of a sub-project: works, goods and services, each with its cost
// estimate and, once signed, its contract amount.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { packageCreateInput, packageUpdateInput } from "@/lib/validation/adb";
import { parseInput } from "@/lib/validation/parse";
import { audit } from "../audit";
import { subProjectFor } from "./access";
import { claimVersion } from "./version";

async function checkCodeFree(tx: Tx, subProjectId: number, code: string, except?: number) {
  const taken = await tx.procurementPackage.findUnique({ where: { subProjectId_code: { subProjectId, code } }, select: { id: true } });
  if (taken && taken.id !== except) {
    const message = `包号 ${code} 在本子项目中已被使用`;
    throw new ValidationError(message, { fields: [{ path: "code", message }] });
  }
}

const FIELDS = ["code", "name", "kind", "estimateAmount", "contractAmount"] as const;

export async function addPackage(actor: Actor, subProjectId: number, input: unknown, ip: string | null = null) {
  await subProjectFor(actor, "adb.manage", subProjectId);
  const { version, ...data } = parseInput(packageCreateInput, input);
  return db.$transaction(async (tx) => {
    const next = await claimVersion(tx, subProjectId, version);
    await checkCodeFree(tx, subProjectId, data.code);
    const row = await tx.procurementPackage.create({ data: { subProjectId, ...data, contractAmount: data.contractAmount ?? null } });
    await audit(tx, actor, {
      action: "adb.package.create", entity: "ProcurementPackage", entityId: row.id,
      after: { subProjectId, ...data, contractAmount: row.contractAmount, version: next }, ip,
    });
    return { id: row.id, version: next };
  });
}

export async function updatePackage(actor: Actor, subProjectId: number, packageId: number, input: unknown, ip: string | null = null) {
  await subProjectFor(actor, "adb.manage", subProjectId);
  const { version, ...changes } = parseInput(packageUpdateInput, input);
  return db.$transaction(async (tx) => {
    const current = await tx.procurementPackage.findUnique({ where: { id: packageId } });
    if (!current || current.subProjectId !== subProjectId) throw new NotFoundError("未找到该采购包。");
    const next = await claimVersion(tx, subProjectId, version);
    if (changes.code !== undefined && changes.code !== current.code) await checkCodeFree(tx, subProjectId, changes.code, packageId);
    const changed = FIELDS.filter((f) => changes[f] !== undefined && changes[f] !== current[f]);
    if (!changed.length) throw new ValidationError(`采购包 ${current.code} 没有需要保存的改动`);
    const data = Object.fromEntries(changed.map((f) => [f, changes[f]]));
    await tx.procurementPackage.update({ where: { id: packageId }, data });
    await audit(tx, actor, {
      action: "adb.package.update", entity: "ProcurementPackage", entityId: packageId,
      before: { ...Object.fromEntries(changed.map((f) => [f, current[f]])), version },
      after: { ...data, version: next }, ip,
    });
    return { id: packageId, version: next };
  });
}
