-- AlterTable
ALTER TABLE "Push" ADD COLUMN "overdueNotifiedAt" DATETIME;
