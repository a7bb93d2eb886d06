// Sends anonymous visitors of any page to the sign-in page. Pages still check the policy
// themselves; the API answers 401 on its own, so /api is not intercepted here.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { sessionSecret } from "@/lib/auth/secret";

const PUBLIC_PAGES = ["/login"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.includes(pathname)) return NextResponse.next();
  const token = await getToken({ req: request, secret: sessionSecret(), secureCookie: request.nextUrl.protocol === "https:" });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
