// Runs before every page (not /api, which guards itself in lib/http/endpoint.ts, nor static
// files): refuses state changes other sites make the browser send (server actions are POSTs
// to pages), gives each page its Content-Security-Policy with a fresh nonce, and sends
// anonymous visitors to the sign-in page. Pages still check the policy themselves.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { sessionSecret } from "@/lib/auth/secret";
import { assertSameOrigin } from "@/lib/http/csrf";
import { errorResponse } from "@/lib/http/respond";
import { contentSecurityPolicy, createNonce, isHttps, withApiSecurityHeaders } from "@/lib/http/security-headers";

const PUBLIC_PAGES = ["/login"];

async function route(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  // Next.js reads the nonce from the request's policy and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const next = () => NextResponse.next({ request: { headers } });
  if (PUBLIC_PAGES.includes(pathname)) return next();
  const token = await getToken({ req: request, secret: sessionSecret(), secureCookie: request.nextUrl.protocol === "https:" });
  if (token) return next();
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export async function proxy(request: NextRequest) {
  try {
    // Next.js compares a server action's Origin with Host itself; this is the same rule the API
    // applies, which also holds behind a proxy that rewrites Host (see lib/http/csrf.ts).
    assertSameOrigin(request);
  } catch (error) {
    return withApiSecurityHeaders(errorResponse(error));
  }
  const csp = contentSecurityPolicy({ nonce: createNonce(), dev: process.env.NODE_ENV === "development", https: isHttps(request.headers, request.url) });
  const response = await route(request, csp);
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
