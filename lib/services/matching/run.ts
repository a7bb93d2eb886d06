// The bureau's full re-match on demand: every library project against every product on sale,
// replacing all matches in one transaction, with the counts in the audit trail.
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/policy";
import { audit } from "../audit";
import { rematchEverything } from "./recompute";

export async function runFullRematch(actor: Actor, ip: string | null = null) {
  authorize(actor, "match.run");
  return db.$transaction(async (tx) => {
    const result = await rematchEverything(tx);
    await audit(tx, actor, { action: "match.rematchAll", entity: "Match", after: result, ip });
    return result;
  }, { timeout: 600_000, maxWait: 60_000 });
}
