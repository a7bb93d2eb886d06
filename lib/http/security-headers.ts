// The Content-Security-Policy of pages and the headers every API answer carries. The headers
// that do not depend on the request (nosniff, Referrer-Policy, …) are set for every response in
// next.config.js; the page policy needs a fresh nonce per request, so proxy.ts sets it.

export interface PagePolicyOptions {
  /** Fresh for every response: Next.js puts it on its own scripts and styles when it renders. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, and dev styles arrive inline. */
  dev: boolean;
  /** Served over HTTPS (directly or behind a TLS-terminating proxy). */
  https: boolean;
}

/**
 * The page policy.
 * - script-src: only scripts carrying this response's nonce run, and with 'strict-dynamic' the
 *   chunks they load; no host list, no inline handlers, no eval outside `next dev`. 'self' is
 *   what a browser without 'strict-dynamic' falls back to (the nonce still blocks injected
 *   inline scripts there).
 * - style-src: stylesheets from this origin (Tailwind's CSS file) and nonce-carrying <style>
 *   elements; style *attributes* stay allowed (style-src-attr), because React renders inline
 *   sizes into the HTML (chart containers, the ADB timeline, progress bars) and Recharts sizes
 *   its SVG that way. Attributes cannot load anything: img-src, font-src and connect-src stay
 *   closed, so they cannot exfiltrate.
 */
export function contentSecurityPolicy({ nonce, dev, https }: PagePolicyOptions): string {
  const directives: [string, ...string[]][] = [
    // Nothing is allowed that is not named below (no media, frames, workers, manifests).
    ["default-src", "'none'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // In development Next.js injects its styles as <style> elements without a nonce.
    ["style-src", "'self'", ...(dev ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  // Over plain HTTP (an intranet without TLS) upgrading would break every request.
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A nonce: 128 random bits, base64 (the CSP nonce grammar). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The TLS-terminating proxy in front says so in X-Forwarded-Proto (its first value). */
export function isHttps(headers: Headers, url: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : new URL(url).protocol === "https:";
}

/**
 * Every /api/v1 answer, JSON or file: never cached (it depends on who asks), never sniffed into
 * something executable, never framed, and nothing in it may load or run if opened directly.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};

export function withApiSecurityHeaders(response: Response): Response {
  for (const [key, value] of Object.entries(API_SECURITY_HEADERS)) response.headers.set(key, value);
  return response;
}
