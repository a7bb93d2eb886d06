// Argon2id (memory-hard), with the library's OWASP-level defaults.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verified against when the username does not exist, so timing does not reveal accounts. */
export function dummyHash(): Promise<string> {
  dummy ??= hash("no-such-account");
  return dummy;
}
