// Cross-site request forgery: a page on another site making the signed-in user's browser send a
// state-changing request, which the browser would send with the user's session cookie. Every
// change is refused unless the browser itself says the request comes from one of our own pages.
//
// The rule, for every method except GET/HEAD/OPTIONS (which change nothing):
// 1. Sec-Fetch-Site, when present, decides: "same-origin" (our page) and "none" (the user typed
//    or bookmarked it) pass; "same-site" and "cross-site" are refused — a sibling subdomain is
//    another application, not ours. The browser computes it from the page's real origin, so it
//    stays right behind a reverse proxy that rewrites Host.
// 2. Otherwise the Origin header must name our own host (X-Forwarded-Host, Host, or the host of
//    NEXTAUTH_URL); "null" (sandboxed frames, privacy redirects) is refused.
// 3. Otherwise the Referer's host must be ours.
// 4. A request with none of the three passes. It cannot come from a page: every browser Next.js
//    16 supports (Chrome/Edge 111+, Firefox 111+, Safari 16.4+) sends Sec-Fetch-Site on every
//    request and Origin on every POST/PUT/PATCH/DELETE, and no page can remove them (they are
//    forbidden header names). So it comes from a program that holds the cookie or token itself
//    (a bank's system, a script) — there is no victim whose cookie a third party could borrow.
//    Older browsers are covered too: the session cookie is SameSite=Lax (next-auth's default),
//    which keeps it off cross-site POSTs even where Origin is missing.
// Go's net/http CrossOriginProtection (1.25) follows the same order for the same reasons.
import { AppError } from "@/lib/errors";
import { m } from "@/lib/i18n";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Our hosts: what the proxy forwarded, the Host asked for, the address Next.js serves on, the public URL configured. */
function ownHosts(request: Request): Set<string> {
  const h = request.headers;
  const hosts = [h.get("x-forwarded-host")?.split(",")[0]?.trim(), h.get("host"), hostOf(request.url), hostOf(process.env.NEXTAUTH_URL)];
  return new Set(hosts.filter((x): x is string => !!x).map((x) => x.toLowerCase()));
}

/** Why a state-changing request looks forged, or null when it may proceed. */
export function crossSiteReason(request: Request): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none" ? null : `Sec-Fetch-Site: ${site}`;
  const origin = request.headers.get("origin");
  if (origin) {
    const host = origin === "null" ? null : hostOf(origin);
    return host && ownHosts(request).has(host) ? null : `Origin: ${origin.slice(0, 100)}`;
  }
  const referer = request.headers.get("referer");
  if (referer) {
    const host = hostOf(referer);
    return host && ownHosts(request).has(host) ? null : `Referer from another site`;
  }
  return null;
}

export class CrossSiteRequestError extends AppError {
  constructor() {
    super("FORBIDDEN", 403, m.errors.crossSite);
  }
}

/** Throws 403 for a state-changing request another site made the browser send. */
export function assertSameOrigin(request: Request): void {
  const reason = crossSiteReason(request);
  if (reason) {
    console.warn(`[csrf] refused ${request.method} ${new URL(request.url).pathname}: ${reason}`);
    throw new CrossSiteRequestError();
  }
}
