// Stopping and starting the PostgreSQL server a load test talks to: the Debian cluster
// (pg_ctlcluster) that listens on the port of the database URL.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";

export function clusterFor(url: string): { version: string; name: string } {
  const port = new URL(url).port || "5432";
  let listing: string;
  try {
    listing = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  } catch {
    throw new Error("--pg-fault stops and starts the server with pg_ctlcluster (Debian's postgresql-common), which is not installed here");
  }
  const row = listing.split("\n").map((l) => l.trim().split(/\s+/)).find((c) => c[2] === port);
  if (!row) throw new Error(`--pg-fault: no PostgreSQL cluster of pg_lsclusters listens on port ${port}`);
  return { version: row[0], name: row[1] };
}

/** Asynchronous, so that the load goes on while the server stops or starts. */
export async function pgCtl(cluster: { version: string; name: string }, action: "stop" | "start") {
  await promisify(execFile)("pg_ctlcluster", [cluster.version, cluster.name, action, ...(action === "stop" ? ["-m", "fast"] : [])]);
}
