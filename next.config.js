// Headers every response carries, pages, API and static files alike. The page
// Content-Security-Policy needs a nonce per request and comes from proxy.ts (it replaces the
// closed fallback below); /api/v1 answers add no-store in lib/http/security-headers.ts.
// Keys are lower-case so that proxy.ts's header replaces the fallback instead of joining it.
const securityHeaders = [
  { key: "x-content-type-options", value: "nosniff" },
  // Page addresses carry ids and filters: other sites learn nothing of them.
  { key: "referrer-policy", value: "same-origin" },
  { key: "permissions-policy", value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()" },
  { key: "cross-origin-opener-policy", value: "same-origin" },
  { key: "cross-origin-resource-policy", value: "same-origin" },
  { key: "x-frame-options", value: "DENY" },
  // Anything not a page (JSON, files, the icon) may load and run nothing, and is never framed.
  { key: "content-security-policy", value: "default-src 'none'; frame-ancestors 'none'" },
];

// HSTS only where the browser really arrived over HTTPS: the reverse proxy in front terminates
// TLS and says so. Sent over plain HTTP it would be ignored at best.
const hsts = { key: "strict-transport-security", value: "max-age=31536000; includeSubDomains" };

// Server actions: Next.js refuses one whose Origin is not the Host (or X-Forwarded-Host) it was
// sent to. A reverse proxy that forwards its own upstream host instead (nginx's default Host is
// the upstream address) would make every action fail; the public address in NEXTAUTH_URL,
// which production sets anyway, is the one origin to accept besides. Read at `next start`.
const publicHost = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).host : null;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { authInterrupts: true, ...(publicHost ? { serverActions: { allowedOrigins: [publicHost] } } : {}) },
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https(?:\\s*,.*)?" }], headers: [hsts] },
    ];
  },
};

export default nextConfig;
