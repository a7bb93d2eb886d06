// Three suites: unit (pure lib/domain, no database), integration (services and policy against a
// real database made fresh per run: a SQLite file, or PostgreSQL when TEST_DATABASE_URL is set),
// e2e (a real Chromium against the production server).
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testDatabaseUrl } from "./test/support/test-database.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const runId = `${process.pid}-${Date.now()}`;
const databaseUrl = testDatabaseUrl(runId, process.env.TEST_DATABASE_URL, join(tmpdir(), `cfp-test-${runId}.db`));
const alias = { "@": root };

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "integration-test-secret" },
          globalSetup: ["test/support/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/e2e-server.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
