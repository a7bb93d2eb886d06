-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "benefitComputedAt" TIMESTAMP(3),
ADD COLUMN     "benefitInputs" JSONB,
ADD COLUMN     "benefitTrace" JSONB;

-- CreateTable
CREATE TABLE "ProjectFactorUse" (
    "projectId" INTEGER NOT NULL,
    "factorId" INTEGER NOT NULL,
    "factorKey" TEXT NOT NULL,

    CONSTRAINT "ProjectFactorUse_pkey" PRIMARY KEY ("projectId","factorId")
);

-- CreateIndex
CREATE INDEX "ProjectFactorUse_factorKey_idx" ON "ProjectFactorUse"("factorKey");

-- CreateIndex
CREATE INDEX "ProjectFactorUse_factorId_idx" ON "ProjectFactorUse"("factorId");

-- AddForeignKey
ALTER TABLE "ProjectFactorUse" ADD CONSTRAINT "ProjectFactorUse_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFactorUse" ADD CONSTRAINT "ProjectFactorUse_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "EmissionFactor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
