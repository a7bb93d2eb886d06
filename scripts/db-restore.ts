// `npm run db:restore -- <file>`: replaces the database DATABASE_URL names with a backup made by
// `npm run db:backup`, after checking the file; the application must be stopped. Anything
// refused leaves the database as it was.
import { resolve } from "node:path";
import { databaseConfig } from "../lib/db/config";
import { BackupRefused, formatCounts, restoreDatabase } from "../lib/db/backup";

const file = process.argv[2];
if (!file || file.startsWith("--")) {
  console.error("usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
try {
  const result = await restoreDatabase(databaseConfig(), resolve(file));
  console.log(`restored from ${result.file}\n${formatCounts(result.counts)}`);
  if (result.previous) console.log(`the database as it was before: ${result.previous}`);
  if (result.pendingMigrations.length) {
    console.log(`the backup predates ${result.pendingMigrations.length} migration(s): npm start or npm run db:migrate applies them`);
  }
  process.exit(0);
} catch (e) {
  if (!(e instanceof BackupRefused)) throw e;
  console.error(`✗ ${e.message}`);
  process.exit(1);
}
