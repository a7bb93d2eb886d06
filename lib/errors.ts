// Expected errors carry a status and a Chinese message that is safe to show; anything else
// is answered with a generic message and logged on the server.
export type ErrorCode = "VALIDATION" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

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
  constructor(message = "提交的内容有误，请检查后重试。", details?: unknown) {
    super("VALIDATION", 400, message, details);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = "请先登录。") {
    super("UNAUTHORIZED", 401, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = "您没有权限执行此操作。") {
    super("FORBIDDEN", 403, message);
  }
}
export class NotFoundError extends AppError {
  constructor(message = "未找到该记录。") {
    super("NOT_FOUND", 404, message);
  }
}
export class ConflictError extends AppError {
  constructor(message = "该记录已被他人修改，请刷新后重试。", details?: unknown) {
    super("CONFLICT", 409, message, details);
  }
}
