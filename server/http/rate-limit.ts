// Rate limits per principal (once the auth gate has resolved one) and per IP address for anonymous callers,
// in memory (rate-limiter-flexible): over the limit, 429 RATE_LIMITED with Retry-After.
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rememberedPrincipal } from '../auth/request-principal.js';

export interface RateLimitConfig {
  /** Requests per window per principal; 0 disables. THREADLINE_RATE_LIMIT, default 1200. */
  perPrincipal: number;
  /** Requests per window per IP address without a resolved principal; 0 disables. THREADLINE_RATE_LIMIT_ANONYMOUS, default 300. */
  perAnonymousIp: number;
  /** Window in seconds. THREADLINE_RATE_LIMIT_WINDOW, default 60. */
  windowSeconds: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  perPrincipal: 600,
  perAnonymousIp: 120,
  windowSeconds: 60,
};

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer >= ${min}, not "${raw}"`);
  return value;
}

export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  return {
    perPrincipal: count(env, 'THREADLINE_RATE_LIMIT', DEFAULT_RATE_LIMITS.perPrincipal, 0),
    perAnonymousIp: count(env, 'THREADLINE_RATE_LIMIT_ANONYMOUS', DEFAULT_RATE_LIMITS.perAnonymousIp, 0),
    windowSeconds: count(env, 'THREADLINE_RATE_LIMIT_WINDOW', DEFAULT_RATE_LIMITS.windowSeconds, 1),
  };
}

const limiter = (points: number, duration: number) =>
  points > 0 ? new RateLimiterMemory({ points, duration }) : undefined;

/**
 * Mount after the auth gate, so requests carry their principal: a principal's requests share one budget
 * whichever key, session or token they use; requests without one are counted per IP address.
 */
export function rateLimit(config: RateLimitConfig = rateLimitsFromEnv()): RequestHandler {
  const principals = limiter(config.perPrincipal, config.windowSeconds);
  const anonymous = limiter(config.perAnonymousIp, config.windowSeconds);
  return async (req, res, next) => {
    const principal = rememberedPrincipal(req);
    const known = principal && principal.via !== 'anonymous';
    const bucket = known ? principals : anonymous;
    if (!bucket) return next();
    const key = known ? `principal:${principal.id}` : `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
    try {
      const state = await bucket.consume(key);
      res.setHeader('ratelimit-limit', String(bucket.points));
      res.setHeader('ratelimit-remaining', String(state.remainingPoints));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      res.setHeader('retry-after', String(retryAfter));
      res.setHeader('ratelimit-limit', String(bucket.points));
      res.setHeader('ratelimit-remaining', '0');
      res.status(429).json({
        errors: [
          {
            message: `Too many requests; retry in ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED', retryable: true },
          },
        ],
      });
    }
  };
}

/**
 * Express's `trust proxy` from THREADLINE_TRUST_PROXY: unset trusts no proxy (the socket's address is the
 * client's); behind a reverse proxy set it (e.g. `loopback`, `1`, or the proxy's address) so per-IP limits
 * count clients, not the proxy.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean | number | string {
  const raw = env.THREADLINE_TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}
