// The financing ledger (融资台账): records in the caller's scope, with totals by instrument and
// status computed by the database. A bank sees only its own institution's records.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize, scopeOf } from "@/lib/auth/policy";
import { fundingFigures } from "@/lib/domain/funding";
import { sumYuan, type Yuan } from "@/lib/domain/money";
import { parseInput } from "@/lib/validation/parse";
import { financingListQuery } from "@/lib/validation/finance";
import { projectFor } from "../projects/access";
import { institutionWhere, regionFilter } from "../scope";

const LIMIT = 500;

type Where = NonNullable<Parameters<typeof db.financingRecord.findMany>[0]>["where"];
const include = { project: { select: { id: true, code: true, name: true } }, institution: { select: { id: true, name: true } } } as const;

function findRecords(where: Where, take?: number) {
  return db.financingRecord.findMany({ where, orderBy: [{ date: "desc" }, { id: "desc" }], take, include });
}
type Row = Awaited<ReturnType<typeof findRecords>>[number];

async function ledgerWhere(actor: Actor, query: unknown): Promise<Where> {
  const q = parseInput(financingListQuery, query ?? {});
  const region = scopeOf(actor, "financing.read") === "any" ? await regionFilter(actor) : {};
  // The caller's scope and the filters are joined with AND: spread into one object, a filter on
  // the same field (institutionId) would replace a bank's own institution and show another's.
  return {
    AND: [
      institutionWhere(actor, "financing.read"),
      Object.keys(region).length ? { project: region } : {},
      {
        ...(q.instrument ? { instrument: q.instrument } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.institutionId ? { institutionId: q.institutionId } : {}),
        ...(q.projectId ? { projectId: q.projectId } : {}),
        ...(q.year ? { date: { gte: new Date(Date.UTC(q.year, 0, 1)), lt: new Date(Date.UTC(q.year + 1, 0, 1)) } } : {}),
      },
    ],
  };
}

export async function listFinancing(actor: Actor, query: unknown = {}) {
  const where = await ledgerWhere(actor, query);
  const [rows, count, byInstrument, byStatus, projects] = await Promise.all([
    findRecords(where, LIMIT),
    db.financingRecord.count({ where }),
    db.financingRecord.groupBy({ by: ["instrument"], where, _sum: { amount: true }, _count: { _all: true } }),
    db.financingRecord.groupBy({ by: ["status"], where, _sum: { amount: true } }),
    db.financingRecord.groupBy({ by: ["projectId"], where }),
  ]);
  const total: Yuan = sumYuan(byInstrument.map((r) => r._sum.amount));
  return {
    total: count,
    shown: rows.length,
    amount: total,
    projects: projects.length,
    byInstrument: byInstrument
      .map((r) => ({ instrument: r.instrument, records: r._count._all, amount: r._sum.amount ?? 0n }))
      .sort((a, b) => (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0)),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._sum.amount ?? 0n])) as Partial<Record<"APPROVED" | "DISBURSED", Yuan>>,
    items: rows.map(toRecord),
  };
}

function toRecord(r: Row) {
  return {
    id: r.id, version: r.version, project: r.project, institution: r.institution, instrument: r.instrument, amount: r.amount,
    date: r.date, status: r.status, rateBp: r.rateBp, termMonths: r.termMonths, carbonTool: r.carbonTool, note: r.note,
  };
}

/** One project's funding figures and the records the caller may see of it. */
export async function projectFinancing(actor: Actor, projectId: number) {
  const project = await projectFor(actor, "project.read", projectId);
  authorize(actor, "financing.read", {
    regionPath: [project.region.id, project.region.parentId, project.region.parent?.parentId],
    ownerOrgId: project.ownerOrgId,
    institutionIds: actor.organizationId !== null ? [actor.organizationId] : [],
  });
  const own = scopeOf(actor, "financing.read") === "institution" ? { institutionId: actor.organizationId! } : {};
  const rows = await findRecords({ projectId, ...own });
  const f = fundingFigures(project.financingNeed, [{ amount: project.securedAmount, status: "APPROVED" as const }]);
  return {
    funding: { projectId, need: f.need, secured: f.secured, gap: f.gap, fundingRateBp: f.rateBp, state: f.state },
    items: rows.map(toRecord),
  };
}
