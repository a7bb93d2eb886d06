/** The client address as the reverse proxy in front reports it (first X-Forwarded-For hop). */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}
