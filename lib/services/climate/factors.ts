// The emission-factor library: every version kept with its source; a change is a new version.
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import type { FactorLookup, FactorValue } from "@/lib/domain/benefits";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { factorVersionInput } from "@/lib/validation/climate";
import { audit } from "../audit";

export interface FactorRow {
  id: number;
  key: string;
  name: string;
  value: number;
  unit: string;
  source: string;
  year: number;
  version: number;
  validFrom: Date;
  supersededAt: Date | null;
  current: boolean;
  createdBy: string | null;
  /** Projects whose computed figures rest on this version. */
  projectsUsing: number;
}

/** The current version of every factor, as the calculators take them. */
export async function currentLibrary(tx: Tx | typeof db = db): Promise<FactorLookup> {
  const rows = await tx.emissionFactor.findMany({ where: { supersededAt: null }, orderBy: [{ key: "asc" }, { version: "desc" }] });
  const lib = new Map<string, FactorValue>();
  for (const r of rows) {
    if (!lib.has(r.key)) lib.set(r.key, { id: r.id, key: r.key, name: r.name, version: r.version, value: r.value, unit: r.unit, source: r.source, year: r.year });
  }
  return lib;
}

/** Current versions, or with `all` every version, newest first within a key. */
export async function listFactors(actor: Actor, opts: { all?: boolean } = {}): Promise<FactorRow[]> {
  authorize(actor, "factor.read");
  const [rows, uses] = await Promise.all([
    db.emissionFactor.findMany({
      where: opts.all ? {} : { supersededAt: null },
      orderBy: [{ key: "asc" }, { version: "desc" }],
      include: { createdBy: { select: { displayName: true } } },
    }),
    db.projectFactorUse.groupBy({ by: ["factorId"], _count: { _all: true } }),
  ]);
  const using = new Map(uses.map((u) => [u.factorId, u._count._all]));
  return rows.map((r) => ({
    id: r.id, key: r.key, name: r.name, value: r.value, unit: r.unit, source: r.source, year: r.year, version: r.version,
    validFrom: r.validFrom, supersededAt: r.supersededAt, current: r.supersededAt === null, createdBy: r.createdBy?.displayName ?? null,
    projectsUsing: using.get(r.id) ?? 0,
  }));
}

/** A new version of a factor: the old one is kept, marked superseded, for the figures computed with it. */
export async function createFactorVersion(actor: Actor, input: unknown, ip: string | null = null) {
  authorize(actor, "factor.manage");
  const data = parseInput(factorVersionInput, input);
  const validFrom = new Date(`${data.validFrom}T00:00:00.000Z`);
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.emissionFactor.findFirst({ where: { key: data.key, supersededAt: null }, orderBy: { version: "desc" } });
      if (!current) throw new NotFoundError(`因子库中没有“${data.key}”`);
      if (validFrom < current.validFrom) {
        const message = `生效日期不能早于现行第${current.version}版的生效日期 ${current.validFrom.toISOString().slice(0, 10)}`;
        throw new ValidationError(message, { fields: [{ path: "validFrom", message }] });
      }
      // Only one new version can replace the current one: a concurrent update finds it already superseded.
      const now = new Date();
      const retired = await tx.emissionFactor.updateMany({ where: { id: current.id, supersededAt: null }, data: { supersededAt: now } });
      if (retired.count === 0) throw new ConflictError("该因子刚被他人更新，请刷新后查看最新版本");
      const created = await tx.emissionFactor.create({
        data: {
          key: current.key, name: current.name, unit: current.unit, value: data.value, source: data.source, year: data.year,
          version: current.version + 1, validFrom, createdById: actor.id,
        },
      });
      const affected = await tx.projectFactorUse.count({ where: { factorKey: current.key } });
      await audit(tx, actor, {
        action: "factor.version", entity: "EmissionFactor", entityId: created.id, ip,
        before: { key: current.key, version: current.version, value: current.value, year: current.year, source: current.source },
        after: { key: created.key, version: created.version, value: created.value, year: created.year, source: created.source, validFrom: data.validFrom },
        detail: `${current.name} 第${current.version}版 ${current.value} → 第${created.version}版 ${created.value} ${created.unit}`,
      });
      return { id: created.id, key: created.key, version: created.version, value: created.value, affectedProjects: affected };
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new ConflictError("该因子刚被他人更新，请刷新后查看最新版本");
    throw e;
  }
}

