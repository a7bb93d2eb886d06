// next-auth: credentials sign-in (provider id "credentials", fields username/password), JWT
// cookies. The token carries only the user id and a server-side session id; the session and the
// actor are checked on every request (lib/services/sessions.ts), so sign-out, timeouts and a
// disabled account take effect at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/services/auth";
import { closeSession } from "@/lib/services/sessions";
import { m } from "@/lib/i18n";
import { sessionSecret } from "./secret";

import { SESSION_ABSOLUTE_HOURS } from "@/lib/domain/sign-in-rules";

export const SESSION_MAX_AGE_S = SESSION_ABSOLUTE_HOURS * 60 * 60;

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const fwd = headers?.["x-forwarded-for"];
  const first = Array.isArray(fwd) ? fwd[0] : fwd?.split(",")[0];
  return first?.trim() || null;
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    secret: sessionSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: m.login.title,
        credentials: {
          username: { label: m.login.username, type: "text" },
          password: { label: m.login.password, type: "password" },
        },
        async authorize(credentials, req) {
          const outcome = await authenticate(credentials, clientIp(req?.headers));
          // A thrown error reaches the form as its `error` code: FAILED, LOCKED or THROTTLED.
          if ("refused" in outcome) throw new Error(outcome.refused);
          const { actor, sessionId } = outcome;
          return { id: String(actor.id), name: actor.displayName, role: actor.role, sid: sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sid = (user as { sid?: string }).sid;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as number | undefined, sid: token.sid as string | undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await closeSession(token.sid, "sign-out");
      },
    },
  };
  return options;
}
