// FinancingRecord.projectInLibrary, projectRegionId, projectCategoryId and projectInLibraryAt copy
// what the cockpit filters a record's project by, so that its charts of financing records need no
// join to the projects. Refreshed after every write of a project's records (refreshFunding) and of
// a project's status, region or category, in the writer's transaction.
import { dbProvider, type Db, type Tx } from "@/lib/db/client";

const COPY = `UPDATE "FinancingRecord" SET ("projectInLibrary", "projectRegionId", "projectCategoryId", "projectInLibraryAt") =
  (SELECT p."reviewStatus" = 'IN_LIBRARY', p."regionId", p."categoryId", p."inLibraryAt" FROM "Project" p WHERE p."id" = "FinancingRecord"."projectId")`;

/** For one project's records, or every record (bulk loads). Raw SQL: the copy changes neither a record's updatedAt nor its version. */
export async function refreshRecordScope(tx: Tx | Db, projectId?: number): Promise<void> {
  if (projectId === undefined) await tx.$executeRawUnsafe(COPY);
  else await tx.$executeRawUnsafe(`${COPY} WHERE "projectId" = ${dbProvider === "postgresql" ? "$1" : "?"}`, projectId);
}
