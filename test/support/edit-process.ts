// The second application instance of the concurrent-edit test: one session's free-running rounds
// against the database DATABASE_URL names, each answer printed as one JSON line.
// Arguments: project id, rounds, session name, user, own field; the session cookie comes in EDIT_COOKIE.
import { db } from "@/lib/db/client";
import { toJsonValue } from "@/lib/json";
import { freeRunning, type EditSession } from "./edit-rounds";

const [id, rounds, name, user, own] = process.argv.slice(2);
const session: EditSession = { name, user, own: own as EditSession["own"], cookie: process.env.EDIT_COOKIE! };
console.log("ready");
await new Promise((resolve) => process.stdin.once("data", resolve));
await freeRunning(session, Number(id), Number(rounds), (save) => console.log(JSON.stringify(toJsonValue(save))));
await db.$disconnect();
process.exit(0);
