// `npm run build`: the production build, stamped with a fingerprint of its sources so that
// `npm start` rebuilds only when something changed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = join(root, ".next", "cfp-source-fingerprint");

function sourceFingerprint() {
  const hash = createHash("sha256");
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!["generated", "node_modules", ".next", ".postgres"].includes(e.name)) walk(p);
      } else files.push(p);
    }
  };
  for (const d of ["app", "components", "lib", "prisma"]) if (existsSync(join(root, d))) walk(join(root, d));
  for (const f of ["package.json", "package-lock.json", "next.config.js", "postcss.config.js", "tsconfig.json", "proxy.ts"]) {
    if (existsSync(join(root, f))) files.push(join(root, f));
  }
  for (const f of files.sort()) hash.update(`${relative(root, f)}:${createHash("sha1").update(readFileSync(f)).digest("hex")}\n`);
  return hash.digest("hex");
}

export function isBuildCurrent() {
  return existsSync(join(root, ".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === sourceFingerprint();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = spawnSync(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stampFile, sourceFingerprint());
}

