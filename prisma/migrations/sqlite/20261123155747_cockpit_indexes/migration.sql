-- DropIndex
DROP INDEX "Project_reviewStatus_categoryId_idx";

-- CreateIndex
CREATE INDEX "Project_reviewStatus_categoryId_regionId_stage_inLibraryAt_totalInvestment_financingNeed_securedAmount_gapAmount_co2ReductionT_idx" ON "Project"("reviewStatus", "categoryId", "regionId", "stage", "inLibraryAt", "totalInvestment", "financingNeed", "securedAmount", "gapAmount", "co2ReductionT");

-- CreateIndex
CREATE INDEX "Project_reviewStatus_gapAmount_idx" ON "Project"("reviewStatus", "gapAmount");

-- CreateIndex
CREATE INDEX "Push_status_dueAt_idx" ON "Push"("status", "dueAt");
