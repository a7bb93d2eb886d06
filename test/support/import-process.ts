// The import the crash test kills: importProjects on the file argv[2] names, as the staff user,
// on the database DATABASE_URL names. It reports on stdout how far the import has got: one line
// "insert <table>" after each INSERT statement, then "committed <created>" once it has returned.
import { readFileSync } from "node:fs";
import { adapterFactory } from "@/lib/db/adapter";
import { databaseConfig } from "@/lib/db/config";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgres/client";
import { PrismaClient as SqliteClient } from "@/lib/db/generated/sqlite/client";

type QueryEvent = { query: string };
type Reporting = { $on(event: "query", listener: (e: QueryEvent) => void): void };

const config = databaseConfig();
const options = { adapter: adapterFactory(config), log: [{ emit: "event" as const, level: "query" as const }] };
const client = (config.provider === "postgresql" ? new PostgresClient(options as never) : new SqliteClient(options as never)) as unknown as Reporting;
client.$on("query", (e) => {
  const table = /^\s*INSERT\s+INTO\s+(?:[`"]\w+[`"]\.)?[`"](\w+)[`"]/i.exec(e.query)?.[1];
  if (table) console.log(`insert ${table}`);
});
// lib/db/client.ts takes the process's one client from globalThis when one is there: the services
// then run on this one, which reports its statements, and otherwise exactly as the server does.
(globalThis as { __cfpDb?: unknown }).__cfpDb = client;

const { db } = await import("@/lib/db/client");
const { loadActor } = await import("@/lib/services/auth");
const { importProjects } = await import("@/lib/services/projects/spreadsheet");
const staff = await loadActor((await db.user.findUniqueOrThrow({ where: { username: "staff" } })).id);
const report = await importProjects(staff!, new Uint8Array(readFileSync(process.argv[2])), { dryRun: false, duplicates: "skip" });
console.log(`committed ${report.committed ? report.created : 0}`);
await db.$disconnect();
process.exit(0);
