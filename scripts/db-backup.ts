// `npm run db:backup [-- --out <file>]`: an online backup of the database DATABASE_URL names,
// safe while the application runs (default file: backups/<engine>-<timestamp>.<db|dump>).
import { resolve } from "node:path";
import { databaseConfig } from "../lib/db/config";
import { BackupRefused, backupDatabase, defaultBackupFile, formatBytes, formatCounts } from "../lib/db/backup";

const i = process.argv.indexOf("--out");
if (i > 0 && !process.argv[i + 1]) {
  console.error("✗ --out needs a file name");
  process.exit(2);
}
const config = databaseConfig();
try {
  const result = await backupDatabase(config, i > 0 ? resolve(process.argv[i + 1]) : defaultBackupFile(config));
  console.log(`backup written: ${result.file} (${formatBytes(result.bytes)})\n${formatCounts(result.counts)}`);
  process.exit(0);
} catch (e) {
  if (!(e instanceof BackupRefused)) throw e;
  console.error(`✗ ${e.message}`);
  process.exit(1);
}
