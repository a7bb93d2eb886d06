// A second process on the database DATABASE_URL names, for the backup tests. "write": keeps
// committing transactions of one audit entry and one notification, both numbered, and prints each
// number once committed. "hold": only keeps a connection open. Any input on stdin ends it.
import { createClient } from "@/lib/db/client";
import { WRITER_ACTION, WRITER_TITLE } from "./concurrent-writer";

const db = createClient();
const user = await db.user.findFirstOrThrow({ orderBy: { id: "asc" } });
let stopping = false;
process.stdin.on("data", () => { stopping = true; });
console.log("ready");
let n = 0;
while (!stopping) {
  if (process.argv[2] === "write") {
    n++;
    await db.$transaction([
      db.auditLog.create({ data: { actorName: "writer", action: WRITER_ACTION, entity: "Test", entityId: String(n) } }),
      db.notification.create({ data: { userId: user.id, kind: "SYSTEM", title: `${WRITER_TITLE} ${n}` } }),
    ]);
    console.log(n);
  }
  await new Promise((r) => setTimeout(r, 2));
}
await db.$disconnect();
process.exit(0);
