// Fixed-window request counters kept in this server process: enough for one app instance (the
// product's deployment); several instances behind a balancer would each count on their own.

export interface Limit {
  allowed: boolean;
  /** Seconds until the window resets, for a Retry-After header. */
  retryAfterS: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly limit: number, private readonly windowMs: number) {}

  /** Counts one event for `key` and says whether it is within the limit. */
  hit(key: string, now = Date.now()): Limit {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return { allowed: this.limit >= 1, retryAfterS: Math.ceil(this.windowMs / 1000) };
    }
    w.count++;
    return { allowed: w.count <= this.limit, retryAfterS: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) };
  }

  /** Whether `key` is over the limit now, without counting. */
  blocked(key: string, now = Date.now()): Limit {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) return { allowed: true, retryAfterS: 0 };
    return { allowed: w.count < this.limit, retryAfterS: Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000)) };
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

/** Failed sign-ins per client address in 15 minutes before the address must wait. */
export const signInFailuresByIp = new RateLimiter(envInt("SIGNIN_IP_FAILURES_PER_15MIN", 20), 15 * 60_000);
/** /api/v1 requests per caller (token or user) per minute. */
export const apiRequests = new RateLimiter(envInt("API_RATE_LIMIT_PER_MINUTE", 1200), 60_000);
