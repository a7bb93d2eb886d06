// The session secret: NEXTAUTH_SECRET when set (production), otherwise a random secret
// generated once into a git-ignored file, so that no one has to hand-edit an .env.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const SECRET_FILE = join(/*turbopackIgnore: true*/ process.cwd(), ".secrets", "session-secret");

export function ensureSessionSecret(file = SECRET_FILE): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(/*turbopackIgnore: true*/ file)) {
    mkdirSync(/*turbopackIgnore: true*/ dirname(file), { recursive: true });
    try {
      writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e; // another process made it first
    }
  }
  return readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
}

let cached: string | undefined;
export function sessionSecret(): string {
  cached ??= ensureSessionSecret();
  return cached;
}
