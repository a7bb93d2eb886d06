// JSON answers of the API: data with bigint money as strings, and the one error envelope.
import { databaseTrouble } from "@/lib/db/unavailable";
import { AppError, RateLimitedError, UnavailableError } from "@/lib/errors";
import { toJsonValue } from "@/lib/json";
import { m } from "@/lib/i18n";

export function jsonResponse(data: unknown, status = 200): Response {
  return new Response(JSON.stringify(toJsonValue(data)), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

export function errorResponse(error: unknown): Response {
  error = databaseTrouble(error) ?? error;
  if (error instanceof AppError) {
    const res = jsonResponse({ error: { code: error.code, message: error.message, details: error.details ?? null } }, error.status);
    if (error instanceof RateLimitedError || error instanceof UnavailableError) res.headers.set("retry-after", String(error.retryAfterS));
    return res;
  }
  console.error("[api] unexpected error", error);
  return jsonResponse({ error: { code: "INTERNAL", message: m.errors.generic, details: null } }, 500);
}
