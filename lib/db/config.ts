// Which database this process talks to, from DATABASE_URL alone.
// Unset or file:… → the embedded SQLite file; postgres(ql)://… → PostgreSQL.
import { isAbsolute, resolve } from "node:path";

export type Provider = "sqlite" | "postgresql";

export interface DatabaseConfig {
  provider: Provider;
  url: string;
  /** Absolute path of the SQLite file (SQLite only). */
  filePath?: string;
}

export const DEFAULT_SQLITE_FILE = "data/climate-finance.db";

export function databaseConfig(raw = process.env.DATABASE_URL, cwd = process.cwd()): DatabaseConfig {
  const url = raw?.trim() || `file:${DEFAULT_SQLITE_FILE}`;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    const filePath = isAbsolute(path) ? path : resolve(cwd, path);
    return { provider: "sqlite", url: `file:${filePath}`, filePath };
  }
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.slice(0, 20)}…")`);
}
