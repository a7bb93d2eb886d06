// Expected errors carry a status and a Chinese message that is safe to show; anything else
// is answered with a generic message and logged on the server.
import { m } from "@/lib/i18n";

export type ErrorCode = "VALIDATION" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED" | "PAYLOAD_TOO_LARGE" | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class ValidationError extends AppError {
  constructor(message = m.errors.validation, details?: unknown) {
    super("VALIDATION", 400, message, details);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = m.errors.unauthorized) {
    super("UNAUTHORIZED", 401, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = m.errors.forbidden) {
    super("FORBIDDEN", 403, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = m.errors.recordNotFound) {
    super("NOT_FOUND", 404, message);
  }
}
export class ConflictError extends AppError {
  constructor(message = m.errors.conflict, details?: unknown) {
    super("CONFLICT", 409, message, details);
  }
}
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterS: number, message = m.errors.rateLimited) {
    super("RATE_LIMITED", 429, message, { retryAfterS });
  }
}
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super("PAYLOAD_TOO_LARGE", 413, message);
  }
}
export class UnavailableError extends AppError {
  constructor(readonly retryAfterS: number, message = m.errors.unavailable) {
    super("UNAVAILABLE", 503, message, { retryAfterS });
  }
}
