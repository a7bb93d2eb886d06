// Two people editing one project at the same time through the API: every save either lands on
// the version its author read or is refused with 409 — none is lost, none half-applied. Each
// session writes a field of its own and a field both write, with values naming who wrote them in
// which round, so the stored project and the audit trail can be checked against the answers.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { postProject } from "@/lib/http/endpoints/projects";
import { apiRequest, removeProjects, sessionCookie } from "../support/actors";
import { editRound, freeRunning, INITIAL, SHARED_FIELD, type EditedField, type EditSession, type Save } from "../support/edit-rounds";

const ROUNDS = 50;
const SESSIONS = [
  { name: "A", user: "staff", own: "contactName" },
  { name: "B", user: "admin", own: "constructionContent" },
] as const;

const created: number[] = [];
afterAll(() => removeProjects(created));

const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });
async function newProject(cookie: string): Promise<number> {
  const [region, category, owner] = await Promise.all([
    db.region.findUniqueOrThrow({ where: { code: "430304" } }),
    db.category.findUniqueOrThrow({ where: { code: "A01" } }),
    db.user.findUniqueOrThrow({ where: { username: "owner" } }),
  ]);
  const res = await postProject(apiRequest("/api/v1/projects", { cookie, ...json("POST", {
    name: `并发编辑测试项目${Date.now() % 100000}`, regionId: region.id, categoryId: category.id, ownerOrgId: owner.organizationId,
    totalInvestment: "1200万", stage: "PREPARATION", ...INITIAL,
  }) }), { params: Promise.resolve({}) });
  expect(res.status).toBe(201);
  const { id, version } = await res.json();
  expect(version).toBe(1);
  created.push(id);
  return id;
}

/** Checks the stored project and its audit trail against what the two sessions were answered. */
async function verify(id: number, saves: Save[]) {
  expect(saves.filter((s) => s.status !== 200 && s.status !== 409).map((s) => `${s.session}${s.round}: ${s.status} ${JSON.stringify(s.body)}`)).toEqual([]);
  const ok = saves.filter((s) => s.status === 200).sort((a, b) => a.version! - b.version!);
  const refused = saves.filter((s) => s.status === 409);

  // Each save that succeeded made exactly the next version of the one its author read.
  for (const s of ok) {
    expect(s.version).toBe(s.read + 1);
    expect(new Set(s.body.changed)).toEqual(new Set(Object.keys(s.values)));
  }
  expect(ok.map((s) => s.version)).toEqual(ok.map((_, i) => i + 2));
  for (const s of refused) expect(s.body.error).toMatchObject({ code: "CONFLICT", details: { yourVersion: s.read } });

  const project = await db.project.findUniqueOrThrow({ where: { id } });
  expect(project.version).toBe(1 + ok.length);

  // The stored value of each field is the one the last successful save of it wrote.
  const initial: Record<EditedField, string> = INITIAL;
  const lastWrite = (field: EditedField, below = Infinity) =>
    ok.filter((s) => s.version! < below && s.values[field] !== undefined).at(-1)?.values[field] ?? initial[field];
  for (const field of Object.keys(initial) as EditedField[]) expect(project[field]).toBe(lastWrite(field));

  // One audit entry per successful save, recording exactly that save on top of the one before it:
  // what it overwrote is what the previous successful save wrote, so no save was lost in between.
  const entries = await db.auditLog.findMany({ where: { action: "project.update", entity: "Project", entityId: String(id) }, orderBy: { id: "asc" } });
  expect(entries).toHaveLength(ok.length);
  const afterOf = (e: (typeof entries)[number]) => e.after as Record<string, unknown>;
  expect(entries.map((e) => afterOf(e).version)).toEqual(ok.map((s) => s.version));
  entries.forEach((e, i) => {
    const save = ok[i];
    expect(afterOf(e)).toEqual({ ...save.values, version: save.version });
    const overwritten = Object.fromEntries(Object.keys(save.values).map((f) => [f, lastWrite(f as EditedField, save.version!)]));
    expect(e.before).toEqual({ ...overwritten, version: save.read });
    expect(e.actorName).toBe(SESSIONS.find((x) => x.name === save.session)!.user);
  });

  // A refused save left no trace: its marker is neither stored nor in the trail.
  const trail = JSON.stringify(entries.map((e) => e.after));
  for (const s of refused) {
    const marker = s.values[SHARED_FIELD]!;
    expect(trail.includes(`"${marker}"`)).toBe(false);
    for (const field of Object.keys(initial) as EditedField[]) expect(project[field]).not.toBe(marker);
  }
  return { ok: ok.length, refused: refused.length };
}

/** Session B's free-running rounds in a second process, as a second application instance on the same database. */
async function inOtherProcess(s: EditSession, id: number, start: () => Promise<Save[]>): Promise<Save[]> {
  const root = process.cwd();
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "test", "support", "edit-process.ts"), String(id), String(ROUNDS), s.name, s.user, s.own], {
    cwd: root, env: { ...process.env, EDIT_COOKIE: s.cookie }, stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let buffered = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split("\n");
      buffered = parts.pop()!;
      for (const line of parts) {
        if (line === "ready") resolve();
        else lines.push(line);
      }
    });
    // Once ready has come, a later rejection changes nothing.
    exited.then((code) => reject(new Error(`the editing process exited before it was ready (${code})`)));
  });
  child.stdin.end("go\n");
  const [own, code] = await Promise.all([start(), exited]);
  expect(code).toBe(0);
  return [...own, ...lines.map((l) => JSON.parse(l) as Save)];
}

async function sessions(): Promise<EditSession[]> {
  return Promise.all(SESSIONS.map(async (s) => ({ ...s, cookie: await sessionCookie(s.user) })));
}

describe("two sessions editing one project concurrently", () => {
  it(`in lockstep: ${ROUNDS} rounds, both sessions read and save at the same moment each round`, async () => {
    const [a, b] = await sessions();
    const id = await newProject(a.cookie);
    const saves: Save[] = [];
    const started = performance.now();
    for (let round = 1; round <= ROUNDS; round++) {
      saves.push(...(await Promise.all([a, b].map((s) => editRound(s, id, round)))));
    }
    const counts = await verify(id, saves);
    console.log(`[concurrent-edits] lockstep: ${counts.ok} saved, ${counts.refused} refused (409) in ${Math.round(performance.now() - started)} ms`);
    // Both read before either saves in most rounds: some saves must have been refused.
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.ok).toBeGreaterThanOrEqual(ROUNDS);
  }, 120_000);

  it(`free-running: each session does ${ROUNDS} rounds at its own pace with random pauses`, async () => {
    const [a, b] = await sessions();
    const id = await newProject(a.cookie);
    const started = performance.now();
    const saves = (await Promise.all([freeRunning(a, id, ROUNDS), freeRunning(b, id, ROUNDS)])).flat();
    const counts = await verify(id, saves);
    console.log(`[concurrent-edits] free-running: ${counts.ok} saved, ${counts.refused} refused (409) in ${Math.round(performance.now() - started)} ms`);
    expect(counts.ok).toBeGreaterThan(0);
  }, 120_000);

  it(`from two processes: ${ROUNDS} free-running rounds each, as two application instances on one database`, async () => {
    const [a, b] = await sessions();
    const id = await newProject(a.cookie);
    const started = performance.now();
    const saves = await inOtherProcess(b, id, () => freeRunning(a, id, ROUNDS));
    expect(saves).toHaveLength(2 * ROUNDS);
    const counts = await verify(id, saves);
    console.log(`[concurrent-edits] two processes: ${counts.ok} saved, ${counts.refused} refused (409) in ${Math.round(performance.now() - started)} ms`);
    expect(counts.ok).toBeGreaterThan(0);
  }, 180_000);
});
