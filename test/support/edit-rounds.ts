// One editing session of the concurrent-edit test: rounds of read the project through the API,
// then save a marker on the version read. Used in the test's own process and in a second process
// (test/support/edit-process.ts), as two application instances sharing one database would be.
import { getProject, patchProject } from "@/lib/http/endpoints/projects";
import { apiRequest } from "./actors";

export const SHARED_FIELD = "description";
export const INITIAL = { contactName: "初始联系人", constructionContent: "初始建设内容", description: "初始简介" } as const;
export type EditedField = keyof typeof INITIAL;

export interface EditSession {
  name: string;
  user: string;
  own: Exclude<EditedField, typeof SHARED_FIELD>;
  cookie: string;
}

export interface Save {
  session: string;
  round: number;
  /** The version the session read and sent. */
  read: number;
  status: number;
  /** The version the answer reports (200 only). */
  version?: number;
  values: Partial<Record<EditedField, string>>;
  body: { version?: number; changed?: string[]; error?: { code: string; details?: { yourVersion?: number } } };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One round: read the project, think a moment, save this session's marker on the version read. */
export async function editRound(s: EditSession, id: number, round: number, thinkMs = 0): Promise<Save> {
  const ctx = { params: Promise.resolve({ id: String(id) }) };
  const got = await getProject(apiRequest(`/api/v1/projects/${id}`, { cookie: s.cookie }), ctx);
  if (got.status !== 200) throw new Error(`GET /api/v1/projects/${id} answered ${got.status}: ${await got.text()}`);
  const read = (await got.json()).version as number;
  if (thinkMs) await pause(thinkMs);
  const marker = `${s.name}第${round}轮`;
  const values = { [s.own]: marker, [SHARED_FIELD]: marker };
  const res = await patchProject(apiRequest(`/api/v1/projects/${id}`, {
    cookie: s.cookie, method: "PATCH", body: JSON.stringify({ version: read, ...values }), headers: { "content-type": "application/json" },
  }), ctx);
  const body = await res.json();
  return { session: s.name, round, read, status: res.status, version: res.status === 200 ? body.version : undefined, values, body };
}

/** Rounds at the session's own pace: random short pauses between reading and saving, and between rounds. */
export async function freeRunning(s: EditSession, id: number, rounds: number, onSave: (save: Save) => void = () => undefined): Promise<Save[]> {
  const out: Save[] = [];
  for (let round = 1; round <= rounds; round++) {
    const save = await editRound(s, id, round, Math.random() * 4);
    out.push(save);
    onSave(save);
    await pause(Math.random() * 4);
  }
  return out;
}
