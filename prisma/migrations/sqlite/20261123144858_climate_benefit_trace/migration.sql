-- AlterTable
ALTER TABLE "Project" ADD COLUMN "benefitComputedAt" DATETIME;
ALTER TABLE "Project" ADD COLUMN "benefitInputs" JSONB;
ALTER TABLE "Project" ADD COLUMN "benefitTrace" JSONB;

-- CreateTable
CREATE TABLE "ProjectFactorUse" (
    "projectId" INTEGER NOT NULL,
    "factorId" INTEGER NOT NULL,
    "factorKey" TEXT NOT NULL,

    PRIMARY KEY ("projectId", "factorId"),
    CONSTRAINT "ProjectFactorUse_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProjectFactorUse_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "EmissionFactor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProjectFactorUse_factorKey_idx" ON "ProjectFactorUse"("factorKey");

-- CreateIndex
CREATE INDEX "ProjectFactorUse_factorId_idx" ON "ProjectFactorUse"("factorId");
