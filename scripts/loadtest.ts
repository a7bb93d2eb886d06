// `npm run loadtest [-- --connections 50 --seconds 60 --projects 0 --pg-fault]`: the production
// server (`next start`, built first if the sources changed) on a fresh database — a temporary
// SQLite file, or the empty PostgreSQL database BENCH_DATABASE_URL names — with the demo data
// (plus --projects generated ones, re-matched), under N concurrent connections for S seconds:
// half call a bank's GET /api/v1/matches, half a leader's GET /api/v1/dashboard/summary, each
// connection with its own API token (as N client systems would). Prints throughput, p50/p95/p99
// and errors per endpoint; exits 1 on any error.
// --pg-fault (PostgreSQL): stops the database a third of the way in and starts it again
// --outage seconds later. Requests during the outage must fail cleanly (503 with the API's JSON
// error), and succeed again after it without restarting the app; any other answer is an error.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isBuildCurrent } from "./build.mjs";
import { benchDatabase } from "./bench-db";
import { drive, summarize, tally, type Sample, type Target } from "./loadtest/drive";
import { clusterFor, pgCtl } from "./loadtest/postgres";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONNECTIONS = arg("connections", 50);
const SECONDS = arg("seconds", 60);
const PROJECTS = arg("projects", 0);
const OUTAGE_S = arg("outage", 5);
const fault = process.argv.includes("--pg-fault");

const { db, config, done } = await benchDatabase("load");
if (fault && config.provider !== "postgresql") throw new Error("--pg-fault needs BENCH_DATABASE_URL=postgresql://… (an empty database)");
const cluster = fault ? clusterFor(config.url) : null;
if (PROJECTS > 0) {
  const { generate } = await import("../lib/db/generate");
  const { rematchAll } = await import("../lib/services/matching/recompute");
  await generate(db, { projects: PROJECTS, seed: 20251 });
  await rematchAll();
  // Statistics as a database of this size has them (autovacuum, db:generate).
  if (config.provider === "postgresql") await db.$executeRawUnsafe("VACUUM ANALYZE");
  else await db.$queryRawUnsafe("ANALYZE");
}
const { loadActor } = await import("../lib/services/auth");
const { createApiToken } = await import("../lib/services/api-tokens");
const actorOf = async (username: string) => (await loadActor((await db.user.findUniqueOrThrow({ where: { username } })).id))!;
const [bank, leader] = [await actorOf("bank1"), await actorOf("leader")];
const libraryProjects = await db.project.count({ where: { reviewStatus: "IN_LIBRARY" } });
const bankMatches = await db.match.count({ where: { product: { institutionId: bank.organizationId! } } });

if (!isBuildCurrent()) {
  console.log("Building the application (sources changed since the last build)…");
  await run(process.execPath, ["scripts/build.mjs"]);
}
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const logFile = join(tmpdir(), `cfp-loadtest-server-${process.pid}.log`);
const log = createWriteStream(logFile);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
  env: { ...process.env, DATABASE_URL: config.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.pipe(log);
server.stderr.pipe(log);
let result = 1;
try {
  await waitForHealth();
  const targets: Target[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const asBank = i % 2 === 0;
    const { token } = await createApiToken(asBank ? bank : leader, { name: `loadtest ${i}`, days: 1 });
    targets.push(asBank
      ? { name: "GET /api/v1/matches (bank)", url: `${base}/api/v1/matches`, token }
      : { name: "GET /api/v1/dashboard/summary (leader)", url: `${base}/api/v1/dashboard/summary`, token });
  }
  // A warm-up request each, so that the figures are of a running server, not of its first compile.
  await Promise.all(targets.slice(0, 2).map((t) => fetch(t.url, { headers: { authorization: `Bearer ${t.token}` } }).then((r) => r.text())));

  const outage = { stoppedAt: NaN, startedAt: NaN };
  const injectFault = async (started: number) => {
    await sleep((SECONDS * 1000) / 3);
    console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s: stopping PostgreSQL ${cluster!.version}/${cluster!.name}`);
    outage.stoppedAt = performance.now() - started;
    await pgCtl(cluster!, "stop");
    await sleep(OUTAGE_S * 1000);
    await pgCtl(cluster!, "start");
    outage.startedAt = performance.now() - started;
    console.log(`  ${(outage.startedAt / 1000).toFixed(1)} s: PostgreSQL started again`);
  };
  console.log(`\nLoad: ${CONNECTIONS} connections for ${SECONDS} s against next start on ${config.provider} (${libraryProjects.toLocaleString()} projects in the library, ${bankMatches.toLocaleString()} matches of the bank)…`);
  const { samples, ms } = await drive(targets, SECONDS, fault ? injectFault : undefined);
  console.table(summarize(samples, ms));
  result = fault ? judgeFault(samples, outage) : samples.some(failed) ? 1 : 0;
  console.log(result === 0 ? "✓ zero errors" : `✗ errors (server log: ${logFile})`);
} finally {
  server.kill("SIGTERM");
  if (fault) await pgCtl(cluster!, "start").catch(() => undefined); // never leave the server down
  await done(result);
}

function failed(s: Sample) {
  return s.status < 200 || s.status >= 300;
}

/**
 * During the fault the only acceptable failure is a clean 503 with the API's JSON error; after the
 * server is back, the first success marks recovery and nothing may fail after it.
 */
function judgeFault(samples: Sample[], outage: { stoppedAt: number; startedAt: number }) {
  const clean = (s: Sample) => s.status === 503 && s.code === "UNAVAILABLE";
  const recoveredAt = Math.min(...samples.filter((s) => s.at >= outage.startedAt && !failed(s)).map((s) => s.at + s.ms));
  const during = samples.filter((s) => s.at + s.ms >= outage.stoppedAt && s.at < recoveredAt);
  const after = samples.filter((s) => s.at >= recoveredAt);
  const dirty = samples.filter((s) => failed(s) && !clean(s));
  const counts = (list: Sample[]) => tally(list, (s) => `${s.status}${s.code ? ` ${s.code}` : ""}`);
  console.log(`Outage: stopped at ${(outage.stoppedAt / 1000).toFixed(1)} s, started at ${(outage.startedAt / 1000).toFixed(1)} s; first success after it at ${(recoveredAt / 1000).toFixed(1)} s (${(recoveredAt - outage.startedAt).toFixed(0)} ms after the start).`);
  console.log(`  answers during the outage: ${counts(during)}`);
  console.log(`  answers after recovery: ${counts(after)}`);
  console.log(`  503 with JSON error UNAVAILABLE: ${samples.filter(clean).length}; any other failure: ${dirty.length}${dirty.length ? ` (${counts(dirty)})` : ""}`);
  const recovered = Number.isFinite(recoveredAt) && after.length > 0 && after.every((s) => !failed(s));
  return dirty.length === 0 && recovered ? 0 : 1;
}

async function waitForHealth() {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode} (log: ${logFile})`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await sleep(300);
  }
  throw new Error(`next start not healthy after 120 s (log: ${logFile})`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

function run(cmd: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    spawn(cmd, args, { stdio: "inherit" }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
