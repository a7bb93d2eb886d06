-- DropIndex
DROP INDEX "Project_reviewStatus_categoryId_regionId_stage_inLibraryAt__idx";

-- DropIndex
DROP INDEX "Project_reviewStatus_gapAmount_idx";

-- DropIndex
DROP INDEX "Project_regionId_idx";

-- DropIndex
DROP INDEX "Project_stage_idx";

-- DropIndex
DROP INDEX "Project_name_idx";

-- DropIndex
DROP INDEX "Push_status_dueAt_idx";

-- DropIndex
DROP INDEX "Problem_status_dueDate_idx";

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "financedInstruments" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pushStage" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "FinancingRecord" ADD COLUMN     "projectCategoryId" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "projectInLibrary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "projectInLibraryAt" TIMESTAMP(3),
ADD COLUMN     "projectRegionId" INTEGER NOT NULL DEFAULT 0;

-- The caches the push and financing services keep from now on, filled in for what is already
-- there: on each project the furthest funnel stage of its pushes (lib/domain/cockpit/definitions.ts)
-- and the instruments of its financing records (lib/domain/instruments.ts), and on each record the
-- cockpit filters of its project (lib/services/financing/record-scope.ts).
UPDATE "Project" p SET "pushStage" = s."stage"
FROM (SELECT x."projectId", MAX(CASE x."status" WHEN 'DISBURSED' THEN 4 WHEN 'APPROVED' THEN 3 WHEN 'DUE_DILIGENCE' THEN 2 WHEN 'INTERESTED' THEN 2 ELSE 1 END) AS "stage"
      FROM "Push" x GROUP BY x."projectId") s
WHERE s."projectId" = p."id";
UPDATE "Project" p SET "financedInstruments" = s."instruments"
FROM (SELECT d."projectId", '|' || string_agg(d."instrument", '|' ORDER BY d."instrument") || '|' AS "instruments"
      FROM (SELECT DISTINCT f."projectId", f."instrument"::text COLLATE "C" AS "instrument" FROM "FinancingRecord" f) d GROUP BY d."projectId") s
WHERE s."projectId" = p."id";
UPDATE "FinancingRecord" f SET "projectInLibrary" = p."reviewStatus" = 'IN_LIBRARY', "projectRegionId" = p."regionId",
    "projectCategoryId" = p."categoryId", "projectInLibraryAt" = p."inLibraryAt"
FROM "Project" p WHERE p."id" = f."projectId";

-- CreateIndex
CREATE INDEX "Project_reviewStatus_regionId_categoryId_stage_inLibraryAt__idx" ON "Project"("reviewStatus", "regionId", "categoryId", "stage", "inLibraryAt", "carbonToolEligible", "intendedInstrument", "financedInstruments", "ownerOrgId", "totalInvestment", "financingNeed", "securedAmount", "gapAmount", "co2ReductionT");

-- CreateIndex
CREATE INDEX "Project_gapAmount_id_reviewStatus_categoryId_regionId_stage_idx" ON "Project"("gapAmount" DESC, "id", "reviewStatus", "categoryId", "regionId", "stage", "inLibraryAt", "carbonToolEligible", "intendedInstrument", "financedInstruments", "ownerOrgId", "totalInvestment", "financingNeed", "securedAmount");

-- CreateIndex
CREATE INDEX "Project_totalInvestment_financingNeed_securedAmount_gapAmou_idx" ON "Project"("totalInvestment", "financingNeed", "securedAmount", "gapAmount");

-- CreateIndex
CREATE INDEX "Project_name_code_ownerOrgId_totalInvestment_financingNeed__idx" ON "Project"("name", "code", "ownerOrgId", "totalInvestment", "financingNeed", "securedAmount", "gapAmount");

-- CreateIndex
CREATE INDEX "Project_reviewStatus_pushStage_regionId_categoryId_inLibrar_idx" ON "Project"("reviewStatus", "pushStage", "regionId", "categoryId", "inLibraryAt");

-- CreateIndex
CREATE INDEX "Project_reviewStatus_financedInstruments_regionId_categoryI_idx" ON "Project"("reviewStatus", "financedInstruments", "regionId", "categoryId", "inLibraryAt");

-- CreateIndex
CREATE INDEX "Project_regionId_reviewStatus_submittedAt_categoryId_inLibr_idx" ON "Project"("regionId", "reviewStatus", "submittedAt", "categoryId", "inLibraryAt");

-- CreateIndex
CREATE INDEX "Project_id_reviewStatus_regionId_categoryId_inLibraryAt_idx" ON "Project"("id", "reviewStatus", "regionId", "categoryId", "inLibraryAt");

-- CreateIndex
CREATE INDEX "Push_status_dueAt_projectId_idx" ON "Push"("status", "dueAt", "projectId");

-- CreateIndex
CREATE INDEX "FinancingRecord_instrument_date_projectInLibrary_projectReg_idx" ON "FinancingRecord"("instrument", "date", "projectInLibrary", "projectRegionId", "projectCategoryId", "projectInLibraryAt", "amount");

-- CreateIndex
CREATE INDEX "Problem_status_dueDate_projectId_idx" ON "Problem"("status", "dueDate", "projectId");
