// Project.securedAmount and gapAmount are caches of the financing records, kept so that lists and
// aggregates over 100,000 projects need no join. Every write that changes a record or a need
// refreshes them here, in its own transaction.
import type { Tx } from "@/lib/db/client";
import { fundingFigures, type FundingFigures } from "@/lib/domain/funding";
import { rematchProjects } from "../matching/recompute";

export async function refreshFunding(tx: Tx, projectId: number): Promise<FundingFigures> {
  // Touching the row first takes its lock (PostgreSQL): concurrent writers of the same project
  // queue here, and each then sums records that include every one committed before it.
  const { financingNeed } = await tx.project.update({ where: { id: projectId }, data: { updatedAt: new Date() }, select: { financingNeed: true } });
  const records = await tx.financingRecord.findMany({ where: { projectId }, select: { amount: true, status: true } });
  const figures = fundingFigures(financingNeed, records);
  await tx.project.update({ where: { id: projectId }, data: { securedAmount: figures.secured, gapAmount: figures.gap } });
  // The gap decides which products can still take the project.
  await rematchProjects(tx, [projectId]);
  return figures;
}
