-- DropIndex
DROP INDEX "Push_status_dueAt_idx";

-- DropIndex
DROP INDEX "Problem_status_dueDate_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerOrgId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "description" TEXT,
    "constructionContent" TEXT,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "totalInvestment" BIGINT NOT NULL,
    "ownFunds" BIGINT NOT NULL DEFAULT 0,
    "financingNeed" BIGINT NOT NULL,
    "securedAmount" BIGINT NOT NULL DEFAULT 0,
    "gapAmount" BIGINT NOT NULL DEFAULT 0,
    "intendedInstrument" TEXT,
    "pushStage" INTEGER NOT NULL DEFAULT 0,
    "financedInstruments" TEXT NOT NULL DEFAULT '',
    "co2ReductionT" REAL,
    "energySavedTce" REAL,
    "renewableMwh" REAL,
    "carbonSinkT" REAL,
    "beneficiaries" INTEGER,
    "areaRestoredHa" REAL,
    "declaredCo2T" REAL,
    "benefitInputs" JSONB,
    "benefitTrace" JSONB,
    "benefitComputedAt" DATETIME,
    "carbonToolEligible" BOOLEAN NOT NULL DEFAULT false,
    "highEmission" BOOLEAN NOT NULL DEFAULT false,
    "reviewStatus" TEXT NOT NULL DEFAULT 'DRAFT',
    "stage" TEXT NOT NULL DEFAULT 'PREPARATION',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" DATETIME,
    "inLibraryAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Project_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Project" ("areaRestoredHa", "beneficiaries", "benefitComputedAt", "benefitInputs", "benefitTrace", "carbonSinkT", "carbonToolEligible", "categoryId", "co2ReductionT", "code", "constructionContent", "contactName", "contactPhone", "createdAt", "createdById", "declaredCo2T", "description", "endYear", "energySavedTce", "financingNeed", "gapAmount", "highEmission", "id", "inLibraryAt", "intendedInstrument", "name", "ownFunds", "ownerOrgId", "regionId", "renewableMwh", "reviewStatus", "securedAmount", "stage", "startYear", "submittedAt", "totalInvestment", "updatedAt", "version") SELECT "areaRestoredHa", "beneficiaries", "benefitComputedAt", "benefitInputs", "benefitTrace", "carbonSinkT", "carbonToolEligible", "categoryId", "co2ReductionT", "code", "constructionContent", "contactName", "contactPhone", "createdAt", "createdById", "declaredCo2T", "description", "endYear", "energySavedTce", "financingNeed", "gapAmount", "highEmission", "id", "inLibraryAt", "intendedInstrument", "name", "ownFunds", "ownerOrgId", "regionId", "renewableMwh", "reviewStatus", "securedAmount", "stage", "startYear", "submittedAt", "totalInvestment", "updatedAt", "version" FROM "Project";
DROP TABLE "Project";
ALTER TABLE "new_Project" RENAME TO "Project";
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");
CREATE INDEX "Project_reviewStatus_regionId_categoryId_stage_inLibraryAt_carbonToolEligible_intendedInstrument_financedInstruments_ownerOrgId_totalInvestment_financingNeed_securedAmount_gapAmount_co2ReductionT_idx" ON "Project"("reviewStatus", "regionId", "categoryId", "stage", "inLibraryAt", "carbonToolEligible", "intendedInstrument", "financedInstruments", "ownerOrgId", "totalInvestment", "financingNeed", "securedAmount", "gapAmount", "co2ReductionT");
CREATE INDEX "Project_gapAmount_id_reviewStatus_categoryId_regionId_stage_inLibraryAt_carbonToolEligible_intendedInstrument_financedInstruments_ownerOrgId_totalInvestment_financingNeed_securedAmount_idx" ON "Project"("gapAmount" DESC, "id", "reviewStatus", "categoryId", "regionId", "stage", "inLibraryAt", "carbonToolEligible", "intendedInstrument", "financedInstruments", "ownerOrgId", "totalInvestment", "financingNeed", "securedAmount");
CREATE INDEX "Project_totalInvestment_financingNeed_securedAmount_gapAmount_idx" ON "Project"("totalInvestment", "financingNeed", "securedAmount", "gapAmount");
CREATE INDEX "Project_name_code_ownerOrgId_totalInvestment_financingNeed_securedAmount_gapAmount_idx" ON "Project"("name", "code", "ownerOrgId", "totalInvestment", "financingNeed", "securedAmount", "gapAmount");
CREATE INDEX "Project_reviewStatus_pushStage_regionId_categoryId_inLibraryAt_idx" ON "Project"("reviewStatus", "pushStage", "regionId", "categoryId", "inLibraryAt");
CREATE INDEX "Project_reviewStatus_financedInstruments_regionId_categoryId_inLibraryAt_idx" ON "Project"("reviewStatus", "financedInstruments", "regionId", "categoryId", "inLibraryAt");
CREATE INDEX "Project_regionId_reviewStatus_submittedAt_categoryId_inLibraryAt_idx" ON "Project"("regionId", "reviewStatus", "submittedAt", "categoryId", "inLibraryAt");
CREATE INDEX "Project_id_reviewStatus_regionId_categoryId_inLibraryAt_idx" ON "Project"("id", "reviewStatus", "regionId", "categoryId", "inLibraryAt");
CREATE INDEX "Project_categoryId_idx" ON "Project"("categoryId");
CREATE INDEX "Project_ownerOrgId_idx" ON "Project"("ownerOrgId");
CREATE INDEX "Project_intendedInstrument_idx" ON "Project"("intendedInstrument");
CREATE TABLE "new_FinancingRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "institutionId" INTEGER NOT NULL,
    "instrument" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "date" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "rateBp" INTEGER,
    "termMonths" INTEGER,
    "carbonTool" BOOLEAN NOT NULL DEFAULT false,
    "pushId" INTEGER,
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "projectInLibrary" BOOLEAN NOT NULL DEFAULT false,
    "projectRegionId" INTEGER NOT NULL DEFAULT 0,
    "projectCategoryId" INTEGER NOT NULL DEFAULT 0,
    "projectInLibraryAt" DATETIME,
    CONSTRAINT "FinancingRecord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinancingRecord_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinancingRecord_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "Push" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FinancingRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FinancingRecord" ("amount", "carbonTool", "createdAt", "createdById", "date", "id", "institutionId", "instrument", "note", "projectId", "pushId", "rateBp", "status", "termMonths", "updatedAt", "version") SELECT "amount", "carbonTool", "createdAt", "createdById", "date", "id", "institutionId", "instrument", "note", "projectId", "pushId", "rateBp", "status", "termMonths", "updatedAt", "version" FROM "FinancingRecord";
DROP TABLE "FinancingRecord";
ALTER TABLE "new_FinancingRecord" RENAME TO "FinancingRecord";
CREATE INDEX "FinancingRecord_projectId_idx" ON "FinancingRecord"("projectId");
CREATE INDEX "FinancingRecord_institutionId_idx" ON "FinancingRecord"("institutionId");
CREATE INDEX "FinancingRecord_instrument_date_idx" ON "FinancingRecord"("instrument", "date");
CREATE INDEX "FinancingRecord_date_idx" ON "FinancingRecord"("date");
CREATE INDEX "FinancingRecord_instrument_date_projectInLibrary_projectRegionId_projectCategoryId_projectInLibraryAt_amount_idx" ON "FinancingRecord"("instrument", "date", "projectInLibrary", "projectRegionId", "projectCategoryId", "projectInLibraryAt", "amount");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Push_status_dueAt_projectId_idx" ON "Push"("status", "dueAt", "projectId");

-- CreateIndex
CREATE INDEX "Problem_status_dueDate_projectId_idx" ON "Problem"("status", "dueDate", "projectId");

-- The caches the push and financing services keep from now on, filled in for what is already
-- there: on each project the furthest funnel stage of its pushes (lib/domain/cockpit/definitions.ts)
-- and the instruments of its financing records (lib/domain/instruments.ts), and on each record the
-- cockpit filters of its project (lib/services/financing/record-scope.ts).
UPDATE "Project" SET "pushStage" = COALESCE((
    SELECT MAX(CASE x."status" WHEN 'DISBURSED' THEN 4 WHEN 'APPROVED' THEN 3 WHEN 'DUE_DILIGENCE' THEN 2 WHEN 'INTERESTED' THEN 2 ELSE 1 END)
    FROM "Push" x WHERE x."projectId" = "Project"."id"), 0);
UPDATE "Project" SET "financedInstruments" = COALESCE((
    SELECT '|' || group_concat(f."instrument", '|' ORDER BY f."instrument") || '|'
    FROM (SELECT DISTINCT "instrument" FROM "FinancingRecord" WHERE "projectId" = "Project"."id") f), '');
UPDATE "FinancingRecord" SET ("projectInLibrary", "projectRegionId", "projectCategoryId", "projectInLibraryAt") =
    (SELECT p."reviewStatus" = 'IN_LIBRARY', p."regionId", p."categoryId", p."inLibraryAt" FROM "Project" p WHERE p."id" = "FinancingRecord"."projectId");
