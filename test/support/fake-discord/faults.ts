/** Fault injection: one-shot failures (`failNext`) and per-route rate-limit buckets (`rateLimit`). */

export interface FailNextOptions {
  method?: string;
  /** Matched against the path after `/api/v10` (string = exact path or substring). */
  path: RegExp | string;
  status: number;
  /** How many matching requests fail (default 1). */
  count?: number;
  /** Seconds, for 429 answers (default 0.05). */
  retryAfter?: number;
  /** Discord error code in the JSON body (default 0). */
  code?: number;
  message?: string;
}

export interface RateLimitOptions {
  path: RegExp;
  method?: string;
  limit: number;
  windowMs: number;
  /** Bucket hash reported in `X-RateLimit-Bucket`. */
  bucket?: string;
}

export interface FaultAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

interface PendingFailure extends FailNextOptions {
  remaining: number;
}

interface Bucket extends RateLimitOptions {
  hash: string;
  windowStart: number;
  used: number;
}

function pathMatches(matcher: RegExp | string, path: string): boolean {
  return typeof matcher === 'string' ? path === matcher || path.includes(matcher) : matcher.test(path);
}

function seconds(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(3);
}

export function tooManyRequests(
  retryAfterSec: number,
  extraHeaders: Record<string, string> = {},
): FaultAnswer {
  const resetAt = Date.now() / 1000 + retryAfterSec;
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSec, global: false },
    headers: {
      'Retry-After': String(retryAfterSec),
      'X-RateLimit-Limit': '1',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': resetAt.toFixed(3),
      'X-RateLimit-Reset-After': retryAfterSec.toFixed(3),
      'X-RateLimit-Scope': 'user',
      ...extraHeaders,
    },
  };
}

export class Faults {
  private failures: PendingFailure[] = [];
  private buckets: Bucket[] = [];
  latencyMs = 0;

  failNext(options: FailNextOptions): void {
    this.failures.push({ ...options, remaining: options.count ?? 1 });
  }

  rateLimit(options: RateLimitOptions): void {
    this.buckets.push({
      ...options,
      hash: options.bucket ?? `fake-bucket-${this.buckets.length + 1}`,
      windowStart: 0,
      used: 0,
    });
  }

  clear(): void {
    this.failures = [];
    this.buckets = [];
    this.latencyMs = 0;
  }

  /** A forced failure for this request, if one is pending. */
  takeFailure(method: string, path: string): FaultAnswer | null {
    const failure = this.failures.find(
      (f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && pathMatches(f.path, path),
    );
    if (!failure) return null;
    failure.remaining -= 1;
    this.failures = this.failures.filter((f) => f.remaining > 0);
    if (failure.status === 429) return tooManyRequests(failure.retryAfter ?? 0.05);
    return {
      status: failure.status,
      body: { message: failure.message ?? `Injected ${failure.status}`, code: failure.code ?? 0 },
      headers: {},
    };
  }

  /**
   * Counts the request against the matching bucket. Returns the rate-limit headers to send with the answer
   * and, when the bucket is exhausted, the 429 answer to give instead.
   */
  consume(method: string, path: string): { headers: Record<string, string>; limited: FaultAnswer | null } {
    const bucket = this.buckets.find(
      (b) => (!b.method || b.method.toUpperCase() === method) && b.path.test(path),
    );
    if (!bucket) return { headers: {}, limited: null };
    const now = Date.now();
    if (now - bucket.windowStart >= bucket.windowMs) {
      bucket.windowStart = now;
      bucket.used = 0;
    }
    const resetInMs = bucket.windowStart + bucket.windowMs - now;
    const common = {
      'X-RateLimit-Limit': String(bucket.limit),
      'X-RateLimit-Reset': ((now + resetInMs) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': seconds(resetInMs),
      'X-RateLimit-Bucket': bucket.hash,
    };
    if (bucket.used >= bucket.limit) {
      const retry = Number(seconds(resetInMs));
      return {
        headers: common,
        limited: tooManyRequests(retry, { ...common, 'X-RateLimit-Remaining': '0' }),
      };
    }
    bucket.used += 1;
    return {
      headers: { ...common, 'X-RateLimit-Remaining': String(bucket.limit - bucket.used) },
      limited: null,
    };
  }
}
