// `npm start` (and `npm run dev` with --dev): everything a fresh checkout needs to serve the
// product. Generates the session secret once, applies the schema and the demo data (SQLite),
// builds when the sources changed since the last build, then serves on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isBuildCurrent } from "./build.mjs";
import { withLock } from "./lock.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const tsxBin = join(root, "node_modules", "tsx", "dist", "cli.mjs");

function sessionSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(root, ".secrets", "session-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      if (e.code !== "EEXIST") throw e; // another instance created it first
    }
  }
  return readFileSync(file, "utf8").trim();
}

const env = {
  ...process.env,
  NEXTAUTH_SECRET: sessionSecret(),
  // Without a configured public URL, next-auth takes it from the request (localhost, 127.0.0.1
  // or a LAN address alike); production sets NEXTAUTH_URL (see README).
  ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "1" }),
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PORT: port,
};

class StepFailed extends Error {
  constructor(what, status) {
    super(`${what} failed (exit ${status})`);
    this.status = typeof status === "number" ? status : 1;
  }
}

function run(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new StepFailed(what, r.status ?? r.signal);
}

try {
  run([tsxBin, join(root, "scripts", "db-setup.ts")], "Database setup");
  if (!dev) {
    // Several instances may start at once from one checkout: only one of them builds.
    await withLock(join(root, ".next-build.lock"), "building the application", () => {
      if (!isBuildCurrent()) {
        console.log("Building the application (first start or sources changed)…");
        run([join(root, "scripts", "build.mjs")], "Build");
      }
    });
  }
} catch (e) {
  if (!(e instanceof StepFailed)) throw e;
  console.error(`\n✗ ${e.message}.`);
  process.exit(e.status);
}

const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { cwd: root, env, stdio: ["inherit", "pipe", "inherit"] });
let announced = false;
child.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server|Local:/i.test(String(chunk))) {
    announced = true;
    console.log(`
  气候投融资项目库 · Climate Finance Pipeline
  ▸ Open http://localhost:${port}
  ▸ Demo accounts (password Demo#2025):
      admin  生态环境局管理员      staff  生态环境局业务人员
      bank1  工商银行湘潭分行      bank2  建设银行湘潭分行
      leader 领导驾驶舱            owner  项目单位（城建投）
`);
  }
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
