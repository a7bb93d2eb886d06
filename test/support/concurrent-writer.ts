// Starts test/support/writer-process.ts in its own process (as the running application would be)
// and follows what it reports.
import { spawn } from "node:child_process";
import { join } from "node:path";

export const WRITER_ACTION = "backup-test.write";
export const WRITER_TITLE = "backup-test";

export interface OtherProcess {
  /** Transactions the process has reported committed so far. */
  committed(): number;
  waitFor(n: number): Promise<void>;
  /** Ends the process; resolves with the number of transactions it committed. */
  stop(): Promise<number>;
}

export async function startOtherProcess(databaseUrl: string, mode: "write" | "hold"): Promise<OtherProcess> {
  const root = process.cwd();
  const child = spawn(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "test", "support", "writer-process.ts"), mode], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["pipe", "pipe", "inherit"],
  });
  let committed = 0;
  let waiters: (() => void)[] = [];
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  let buffered = "";
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === "ready") resolve();
        else if (/^\d+$/.test(line)) committed = Number(line);
      }
      waiters.forEach((w) => w());
    });
    exited.then((code) => reject(new Error(`the other process exited early (${code})`)));
  });
  await ready;
  return {
    committed: () => committed,
    waitFor: (n) => new Promise<void>((resolve) => {
      const check = () => { if (committed >= n) { waiters = waiters.filter((w) => w !== check); resolve(); } };
      waiters.push(check);
      check();
    }),
    stop: async () => {
      child.stdin.end("stop\n");
      const code = await exited;
      if (code !== 0) throw new Error(`the other process failed (${code})`);
      return committed;
    },
  };
}
