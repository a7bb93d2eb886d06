// Whether an error means "the database cannot be reached right now" (restarting, refusing
// connections, the connection cut under a query) rather than a fault of the request or the code.
// Such errors are answered 503 with Retry-After, so that callers retry instead of reporting a bug;
// the pool reconnects by itself once the server is back, without restarting the app.
import { UnavailableError } from "@/lib/errors";
import { m } from "@/lib/i18n";

/** Prisma's codes for an unreachable server, a timed-out or closed connection, an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapters' error kinds for the same situations. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);
/** PostgreSQL SQLSTATEs: admin/crash shutdown, cannot connect now, too many connections. */
const PG_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
/** What node-postgres says when the socket goes away without an error code. */
const MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|Connection is closed|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export const RETRY_AFTER_S = 5;

/** A transaction that could not begin in time: the database is busy with a long write. */
export function isDatabaseBusy(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === "P2028" && typeof e.message === "string" && e.message.includes("Unable to start a transaction in the given time");
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const o = e as { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof o.code === "string" && (PRISMA_CODES.has(o.code) || SOCKET_CODES.has(o.code) || PG_STATES.has(o.code) || o.code.startsWith("08"))) return true;
    if (typeof o.originalCode === "string" && (PG_STATES.has(o.originalCode) || o.originalCode.startsWith("08"))) return true;
    if (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) return true;
    if (typeof o.message === "string" && MESSAGES.test(o.message)) return true;
    queue.push(o.cause, o.meta?.driverAdapterError);
  }
  return false;
}

/** The error to answer for a database that is down or busy (503 with Retry-After), or null. */
export function databaseTrouble(error: unknown): UnavailableError | null {
  if (isDatabaseUnavailable(error)) {
    console.warn("[db] unavailable:", error instanceof Error ? error.message.split("\n").at(-1) : error);
    return new UnavailableError(RETRY_AFTER_S);
  }
  return isDatabaseBusy(error) ? new UnavailableError(RETRY_AFTER_S, m.errors.busy) : null;
}
