// Where a test run keeps its data: a fresh SQLite file, or a fresh database on the PostgreSQL
// server that TEST_DATABASE_URL names (created by the global setup, dropped afterwards).
export function testDatabaseUrl(runId: string, pgServerUrl: string | undefined, sqliteFile: string): string {
  if (!pgServerUrl) return `file:${sqliteFile}`;
  const url = new URL(pgServerUrl);
  const host = url.hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`TEST_DATABASE_URL must point at a local server (got ${host}); tests create and drop databases`);
  }
  url.pathname = `/cfp_test_${runId.replace(/\W/g, "_")}`;
  return url.toString();
}
