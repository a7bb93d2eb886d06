-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "retired" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "retired" BOOLEAN NOT NULL DEFAULT false;
