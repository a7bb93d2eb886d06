-- CreateTable
CREATE TABLE "Region" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentId" INTEGER,
    "sortKey" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" TEXT NOT NULL,
    "parentId" INTEGER,
    "regionId" INTEGER,
    "creditCode" TEXT,
    "contact" TEXT,
    "phone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organization_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organizationId" INTEGER,
    "regionId" INTEGER,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "lastLoginAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "description" TEXT,
    "sortKey" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Project" (
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
    "co2ReductionT" REAL,
    "energySavedTce" REAL,
    "renewableMwh" REAL,
    "carbonSinkT" REAL,
    "beneficiaries" INTEGER,
    "areaRestoredHa" REAL,
    "declaredCo2T" REAL,
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

-- CreateTable
CREATE TABLE "ProjectTransition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "from" TEXT,
    "to" TEXT NOT NULL,
    "actorId" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProjectTransition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProjectTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FinanceProduct" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "institutionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "description" TEXT,
    "minAmount" BIGINT,
    "maxAmount" BIGINT,
    "minTermMonths" INTEGER,
    "maxTermMonths" INTEGER,
    "rateBp" INTEGER,
    "rateNote" TEXT,
    "minCo2ReductionT" REAL,
    "carbonToolLinked" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FinanceProduct_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProductCategory" (
    "productId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,

    PRIMARY KEY ("productId", "categoryId"),
    CONSTRAINT "ProductCategory_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProductCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProductRegion" (
    "productId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    PRIMARY KEY ("productId", "regionId"),
    CONSTRAINT "ProductRegion_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProductRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Match" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "eligible" BOOLEAN NOT NULL,
    "score" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Match_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Match_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Push" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "institutionId" INTEGER NOT NULL,
    "productId" INTEGER,
    "senderId" INTEGER NOT NULL,
    "message" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "dueAt" DATETIME NOT NULL,
    "respondedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Push_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Push_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Push_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Push_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PushResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pushId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "amount" BIGINT,
    "date" DATETIME,
    "reason" TEXT,
    "responderId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PushResponse_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "Push" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PushResponse_responderId_fkey" FOREIGN KEY ("responderId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FinancingRecord" (
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
    CONSTRAINT "FinancingRecord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinancingRecord_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FinancingRecord_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "Push" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FinancingRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdbProgramme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "loanNumber" TEXT NOT NULL,
    "loanUsd" BIGINT NOT NULL,
    "signedAt" DATETIME,
    "closingAt" DATETIME,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "AdbSubProject" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programmeId" INTEGER NOT NULL,
    "projectId" INTEGER,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "implementingAgency" TEXT NOT NULL,
    "regionId" INTEGER,
    "adbAllocation" BIGINT NOT NULL,
    "counterpartFunds" BIGINT NOT NULL DEFAULT 0,
    "sortKey" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "AdbSubProject_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AdbProgramme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AdbSubProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AdbSubProject_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcurementPackage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subProjectId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "estimateAmount" BIGINT NOT NULL,
    "contractAmount" BIGINT,
    CONSTRAINT "ProcurementPackage_subProjectId_fkey" FOREIGN KEY ("subProjectId") REFERENCES "AdbSubProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdbMilestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subProjectId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "plannedDate" DATETIME,
    "actualDate" DATETIME,
    "note" TEXT,
    CONSTRAINT "AdbMilestone_subProjectId_fkey" FOREIGN KEY ("subProjectId") REFERENCES "AdbSubProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdbDisbursement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subProjectId" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "date" DATETIME NOT NULL,
    "note" TEXT,
    CONSTRAINT "AdbDisbursement_subProjectId_fkey" FOREIGN KEY ("subProjectId") REFERENCES "AdbSubProject" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "investmentMonth" BIGINT NOT NULL,
    "investmentCumulative" BIGINT NOT NULL,
    "physicalProgress" INTEGER NOT NULL,
    "narrative" TEXT,
    "filedById" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgressReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "reportId" INTEGER,
    "description" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "closedAt" DATETIME,
    "closedById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Problem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Problem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Problem_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmissionFactor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "supersededAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmissionFactor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "ip" TEXT,
    "before" JSONB,
    "after" JSONB,
    "detail" TEXT,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_name_key" ON "Organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_creditCode_key" ON "Organization"("creditCode");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_code_key" ON "Category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Category_name_key" ON "Category"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_reviewStatus_categoryId_idx" ON "Project"("reviewStatus", "categoryId");

-- CreateIndex
CREATE INDEX "Project_regionId_idx" ON "Project"("regionId");

-- CreateIndex
CREATE INDEX "Project_categoryId_idx" ON "Project"("categoryId");

-- CreateIndex
CREATE INDEX "Project_ownerOrgId_idx" ON "Project"("ownerOrgId");

-- CreateIndex
CREATE INDEX "Project_stage_idx" ON "Project"("stage");

-- CreateIndex
CREATE INDEX "Project_name_idx" ON "Project"("name");

-- CreateIndex
CREATE INDEX "ProjectTransition_projectId_createdAt_idx" ON "ProjectTransition"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_projectId_idx" ON "Attachment"("projectId");

-- CreateIndex
CREATE INDEX "FinanceProduct_institutionId_idx" ON "FinanceProduct"("institutionId");

-- CreateIndex
CREATE INDEX "Match_productId_eligible_score_idx" ON "Match"("productId", "eligible", "score");

-- CreateIndex
CREATE UNIQUE INDEX "Match_projectId_productId_key" ON "Match"("projectId", "productId");

-- CreateIndex
CREATE INDEX "Push_institutionId_status_idx" ON "Push"("institutionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Push_projectId_institutionId_key" ON "Push"("projectId", "institutionId");

-- CreateIndex
CREATE INDEX "PushResponse_pushId_createdAt_idx" ON "PushResponse"("pushId", "createdAt");

-- CreateIndex
CREATE INDEX "FinancingRecord_projectId_idx" ON "FinancingRecord"("projectId");

-- CreateIndex
CREATE INDEX "FinancingRecord_institutionId_idx" ON "FinancingRecord"("institutionId");

-- CreateIndex
CREATE INDEX "FinancingRecord_instrument_date_idx" ON "FinancingRecord"("instrument", "date");

-- CreateIndex
CREATE INDEX "FinancingRecord_date_idx" ON "FinancingRecord"("date");

-- CreateIndex
CREATE UNIQUE INDEX "AdbProgramme_loanNumber_key" ON "AdbProgramme"("loanNumber");

-- CreateIndex
CREATE UNIQUE INDEX "AdbSubProject_code_key" ON "AdbSubProject"("code");

-- CreateIndex
CREATE INDEX "AdbSubProject_programmeId_idx" ON "AdbSubProject"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProcurementPackage_subProjectId_code_key" ON "ProcurementPackage"("subProjectId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "AdbMilestone_subProjectId_kind_key" ON "AdbMilestone"("subProjectId", "kind");

-- CreateIndex
CREATE INDEX "AdbDisbursement_subProjectId_idx" ON "AdbDisbursement"("subProjectId");

-- CreateIndex
CREATE INDEX "ProgressReport_year_month_idx" ON "ProgressReport"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_projectId_year_month_key" ON "ProgressReport"("projectId", "year", "month");

-- CreateIndex
CREATE INDEX "Problem_status_dueDate_idx" ON "Problem"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Problem_projectId_idx" ON "Problem"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "EmissionFactor_key_version_key" ON "EmissionFactor"("key", "version");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
