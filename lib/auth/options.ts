// next-auth: credentials sign-in (provider id "credentials", fields username/password), JWT
// sessions. The token carries only the user id; the actor is reloaded on every request so a
// disabled account stops at once.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, recordSignOut } from "@/lib/services/auth";
import { m } from "@/lib/i18n";
import { sessionSecret } from "./secret";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

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
          const actor = await authenticate(credentials, clientIp(req?.headers));
          return actor ? { id: String(actor.id), name: actor.displayName, role: actor.role } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = Number(user.id);
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as number | undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.uid === "number") await recordSignOut(token.uid);
      },
    },
  };
  return options;
}
