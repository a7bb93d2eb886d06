-- AlterTable
ALTER TABLE "Push" ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3);
