// Helpers for integration tests: demo actors and signed session cookies.
import { encode } from "next-auth/jwt";
import { loadActor } from "@/lib/services/auth";
import { openSession } from "@/lib/services/sessions";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export type DemoUser = "admin" | "staff" | "bank1" | "bank2" | "leader" | "owner";

export async function actorOf(username: DemoUser): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`demo user ${username} is disabled`);
  return actor;
}

/** A signed session cookie for a demo user, backed by a server-side session as a real sign-in opens. */
export async function sessionCookie(username: DemoUser | (string & {})): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const sid = await db.$transaction((tx) => openSession(tx, user.id, "127.0.0.1"));
  const token = await encode({ token: { uid: user.id, sid, name: username }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export function apiRequest(path: string, init: RequestInit & { cookie?: string } = {}): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  return new Request(`http://localhost${path}`, { ...init, headers });
}

/** Removes projects a test created, so the demo figures other tests assert stay as seeded. */
export async function removeProjects(ids: number[]): Promise<void> {
  if (!ids.length) return;
  await db.projectTransition.deleteMany({ where: { projectId: { in: ids } } });
  await db.match.deleteMany({ where: { projectId: { in: ids } } });
  await db.project.deleteMany({ where: { id: { in: ids } } });
}
