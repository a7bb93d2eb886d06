// Helpers for integration tests: demo actors and signed session cookies.
import { encode } from "next-auth/jwt";
import { loadActor } from "@/lib/services/auth";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export type DemoUser = "admin" | "staff" | "bank1" | "bank2" | "leader" | "owner";

export async function actorOf(username: DemoUser): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error(`demo user ${username} is disabled`);
  return actor;
}

export async function sessionCookie(username: DemoUser): Promise<string> {
  const { id } = await actorOf(username);
  const token = await encode({ token: { uid: id, name: username }, secret: process.env.NEXTAUTH_SECRET! });
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
