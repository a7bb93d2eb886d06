import { db, dbProvider } from "@/lib/db/client";
import pkg from "@/package.json";

export async function health() {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok" as const, database: { reachable: true, provider: dbProvider, latencyMs: Math.round(performance.now() - started) }, version: pkg.version };
  } catch (error) {
    console.error("[health] database unreachable", error);
    return { status: "degraded" as const, database: { reachable: false, provider: dbProvider, latencyMs: null }, version: pkg.version };
  }
}
