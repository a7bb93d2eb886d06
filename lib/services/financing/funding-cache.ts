// Project.securedAmount, gapAmount and financedInstruments are caches of the financing records
// (and the records carry a copy of their project's cockpit filters), kept so that lists and
// aggregates over 100,000 projects need no join. Every write that changes a record or a need
// refreshes them here, in its own transaction.
import type { Tx } from "@/lib/db/client";
import { fundingFigures, type FundingFigures } from "@/lib/domain/funding";
import { instrumentSet } from "@/lib/domain/instruments";
import { rematchProjects } from "../matching/recompute";
import { refreshRecordScope } from "./record-scope";

export async function refreshFunding(tx: Tx, projectId: number): Promise<FundingFigures> {
  // Touching the row first takes its lock (PostgreSQL): concurrent writers of the same project
  // queue here, and each then sums records that include every one committed before it.
  const { financingNeed } = await tx.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { financingNeed: true } });
  const records = await tx.financingRecord.findMany({ where: { projectId }, select: { amount: true, status: true, instrument: true } });
  const figures = fundingFigures(financingNeed, records);
  await tx.project.update({
    where: { id: projectId },
    data: { securedAmount: figures.secured, gapAmount: figures.gap, financedInstruments: instrumentSet(records.map((r) => r.instrument)) },
  });
  await refreshRecordScope(tx, projectId);
  // The gap decides which products can still take the project.
  await rematchProjects(tx, [projectId]);
  return figures;
}
