// `npm run test:pg`: the integration suite against PostgreSQL. TEST_DATABASE_URL names a local
// server (default: the one on 127.0.0.1:5432); each run creates and drops its own database.
// Further arguments go to vitest (`npm run test:pg -- test/integration/backup.test.ts`).
import { spawnSync } from "node:child_process";

const env = { ...process.env, TEST_DATABASE_URL: process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test" };
const r = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--project", "integration", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
