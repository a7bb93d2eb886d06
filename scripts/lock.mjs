// A lock between processes on one machine: a directory holding the owner's pid. A lock whose
// owner is gone (killed during a build, say) is taken over at once instead of waited on.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

function ownerAlive(dir) {
  try {
    const pid = Number(readFileSync(join(dir, "pid"), "utf8"));
    if (!pid) return false;
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

export async function withLock(dir, what, work) {
  let told = false;
  mkdirSync(dirname(dir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, "pid"), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      // The owner may be between mkdir and writing its pid: give it a moment before judging.
      await new Promise((r) => setTimeout(r, 1000));
      if (!ownerAlive(dir)) {
        rmSync(dir, { recursive: true, force: true });
        continue;
      }
      if (!told) console.log(`Waiting for another process: ${what}…`);
      told = true;
    }
  }
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
