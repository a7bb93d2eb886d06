-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BUREAU_ADMIN', 'BUREAU_STAFF', 'BANK', 'LEADER', 'PROJECT_OWNER');

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'CITY', 'DISTRICT', 'PARK');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('BUREAU', 'BANK', 'MULTILATERAL', 'FUND', 'UNDERWRITER', 'PROJECT_OWNER', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "CategoryFamily" AS ENUM ('MITIGATION', 'ADAPTATION');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_LIBRARY', 'RETURNED', 'REJECTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('PREPARATION', 'CONSTRUCTION', 'OPERATING');

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('ADB_LOAN', 'GREEN_LOAN', 'GREEN_BOND', 'GREEN_FUND', 'FISCAL', 'PLEDGE_LOAN', 'TRANSITION_LOAN', 'PPP', 'OTHER');

-- CreateEnum
CREATE TYPE "FinancingStatus" AS ENUM ('APPROVED', 'DISBURSED');

-- CreateEnum
CREATE TYPE "PushStatus" AS ENUM ('PENDING', 'INTERESTED', 'DECLINED', 'DUE_DILIGENCE', 'APPROVED', 'DISBURSED');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('FEASIBILITY_APPROVAL', 'PRELIMINARY_DESIGN_APPROVAL', 'BIDDING_DOCS_NO_OBJECTION', 'BID_OPENING_EVALUATION', 'TENDER_RESULT_APPROVAL', 'CONTRACT_SIGNING', 'CONSTRUCTION_START', 'COMPLETION');

-- CreateEnum
CREATE TYPE "PackageKind" AS ENUM ('WORKS', 'GOODS', 'SERVICES');

-- CreateEnum
CREATE TYPE "ProblemCategory" AS ENUM ('FUNDING', 'LAND', 'APPROVAL', 'TECHNICAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ProblemStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PUSH', 'RESPONSE', 'OVERDUE', 'REVIEW', 'PROBLEM', 'SYSTEM');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parentId" INTEGER,
    "sortKey" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrgKind" NOT NULL,
    "parentId" INTEGER,
    "regionId" INTEGER,
    "creditCode" TEXT,
    "contact" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organizationId" INTEGER,
    "regionId" INTEGER,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" "CategoryFamily" NOT NULL,
    "description" TEXT,
    "sortKey" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
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
    "intendedInstrument" "Instrument",
    "co2ReductionT" DOUBLE PRECISION,
    "energySavedTce" DOUBLE PRECISION,
    "renewableMwh" DOUBLE PRECISION,
    "carbonSinkT" DOUBLE PRECISION,
    "beneficiaries" INTEGER,
    "areaRestoredHa" DOUBLE PRECISION,
    "declaredCo2T" DOUBLE PRECISION,
    "carbonToolEligible" BOOLEAN NOT NULL DEFAULT false,
    "highEmission" BOOLEAN NOT NULL DEFAULT false,
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "stage" "Stage" NOT NULL DEFAULT 'PREPARATION',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "inLibraryAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTransition" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "from" "ReviewStatus",
    "to" "ReviewStatus" NOT NULL,
    "actorId" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinanceProduct" (
    "id" SERIAL NOT NULL,
    "institutionId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "instrument" "Instrument" NOT NULL,
    "description" TEXT,
    "minAmount" BIGINT,
    "maxAmount" BIGINT,
    "minTermMonths" INTEGER,
    "maxTermMonths" INTEGER,
    "rateBp" INTEGER,
    "rateNote" TEXT,
    "minCo2ReductionT" DOUBLE PRECISION,
    "carbonToolLinked" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FinanceProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductCategory" (
    "productId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "ProductCategory_pkey" PRIMARY KEY ("productId","categoryId")
);

-- CreateTable
CREATE TABLE "ProductRegion" (
    "productId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,

    CONSTRAINT "ProductRegion_pkey" PRIMARY KEY ("productId","regionId")
);

-- CreateTable
CREATE TABLE "Match" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "eligible" BOOLEAN NOT NULL,
    "score" INTEGER NOT NULL,
    "reasons" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Push" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "institutionId" INTEGER NOT NULL,
    "productId" INTEGER,
    "senderId" INTEGER NOT NULL,
    "message" TEXT,
    "status" "PushStatus" NOT NULL DEFAULT 'PENDING',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Push_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PushResponse" (
    "id" SERIAL NOT NULL,
    "pushId" INTEGER NOT NULL,
    "status" "PushStatus" NOT NULL,
    "amount" BIGINT,
    "date" TIMESTAMP(3),
    "reason" TEXT,
    "responderId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PushResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinancingRecord" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "institutionId" INTEGER NOT NULL,
    "instrument" "Instrument" NOT NULL,
    "amount" BIGINT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "status" "FinancingStatus" NOT NULL,
    "rateBp" INTEGER,
    "termMonths" INTEGER,
    "carbonTool" BOOLEAN NOT NULL DEFAULT false,
    "pushId" INTEGER,
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FinancingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdbProgramme" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "loanNumber" TEXT NOT NULL,
    "loanUsd" BIGINT NOT NULL,
    "signedAt" TIMESTAMP(3),
    "closingAt" TIMESTAMP(3),
    "description" TEXT,

    CONSTRAINT "AdbProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdbSubProject" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "AdbSubProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementPackage" (
    "id" SERIAL NOT NULL,
    "subProjectId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PackageKind" NOT NULL,
    "estimateAmount" BIGINT NOT NULL,
    "contractAmount" BIGINT,

    CONSTRAINT "ProcurementPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdbMilestone" (
    "id" SERIAL NOT NULL,
    "subProjectId" INTEGER NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "plannedDate" TIMESTAMP(3),
    "actualDate" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "AdbMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdbDisbursement" (
    "id" SERIAL NOT NULL,
    "subProjectId" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "AdbDisbursement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "investmentMonth" BIGINT NOT NULL,
    "investmentCumulative" BIGINT NOT NULL,
    "physicalProgress" INTEGER NOT NULL,
    "narrative" TEXT,
    "filedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Problem" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "reportId" INTEGER,
    "description" TEXT NOT NULL,
    "category" "ProblemCategory" NOT NULL,
    "department" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "status" "ProblemStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmissionFactor" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmissionFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "ip" TEXT,
    "before" JSONB,
    "after" JSONB,
    "detail" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTransition" ADD CONSTRAINT "ProjectTransition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTransition" ADD CONSTRAINT "ProjectTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinanceProduct" ADD CONSTRAINT "FinanceProduct_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductCategory" ADD CONSTRAINT "ProductCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductRegion" ADD CONSTRAINT "ProductRegion_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductRegion" ADD CONSTRAINT "ProductRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Match" ADD CONSTRAINT "Match_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Push" ADD CONSTRAINT "Push_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Push" ADD CONSTRAINT "Push_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Push" ADD CONSTRAINT "Push_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinanceProduct"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Push" ADD CONSTRAINT "Push_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushResponse" ADD CONSTRAINT "PushResponse_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "Push"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushResponse" ADD CONSTRAINT "PushResponse_responderId_fkey" FOREIGN KEY ("responderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingRecord" ADD CONSTRAINT "FinancingRecord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingRecord" ADD CONSTRAINT "FinancingRecord_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingRecord" ADD CONSTRAINT "FinancingRecord_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "Push"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingRecord" ADD CONSTRAINT "FinancingRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdbSubProject" ADD CONSTRAINT "AdbSubProject_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AdbProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdbSubProject" ADD CONSTRAINT "AdbSubProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdbSubProject" ADD CONSTRAINT "AdbSubProject_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementPackage" ADD CONSTRAINT "ProcurementPackage_subProjectId_fkey" FOREIGN KEY ("subProjectId") REFERENCES "AdbSubProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdbMilestone" ADD CONSTRAINT "AdbMilestone_subProjectId_fkey" FOREIGN KEY ("subProjectId") REFERENCES "AdbSubProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdbDisbursement" ADD CONSTRAINT "AdbDisbursement_subProjectId_fkey" FOREIGN KEY ("subProjectId") REFERENCES "AdbSubProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmissionFactor" ADD CONSTRAINT "EmissionFactor_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
