// Rate limits per principal (once the auth gate has resolved one) and per IP address for callers without one
// (including failed authentications), in memory (rate-limiter-flexible): 429 RATE_LIMITED with Retry-After.
import type { Request, RequestHandler, Response } from 'express';
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

const ipOf = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

function refuse(res: Response, points: number, msBeforeNext: number): void {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  res.setHeader('retry-after', String(retryAfter));
  res.setHeader('ratelimit-limit', String(points));
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

export interface RateLimits {
  /**
   * Mount BEFORE the auth gate: an IP address whose requests without a principal (401s, logins, public
   * routes) spent the anonymous budget is refused before any credential is looked up.
   */
  beforeAuth: RequestHandler;
  /**
   * Mount AFTER the auth gate: a principal's requests share one budget whichever session, key or token they
   * use; requests the gate let through without a principal (login, public routes) count per IP address.
   */
  afterAuth: RequestHandler;
}

export function createRateLimits(config: RateLimitConfig = rateLimitsFromEnv()): RateLimits {
  const principals = limiter(config.perPrincipal, config.windowSeconds);
  const anonymous = limiter(config.perAnonymousIp, config.windowSeconds);

  const beforeAuth: RequestHandler = async (req, res, next) => {
    if (!anonymous) return next();
    const key = `ip:${ipOf(req)}`;
    const spent = await anonymous.get(key);
    if (spent && spent.remainingPoints <= 0) return refuse(res, anonymous.points, spent.msBeforeNext);
    // A request the gate refuses (401) never reaches afterAuth: count it here, once it is answered.
    res.on('finish', () => {
      if (res.statusCode === 401 && !res.locals.rateCounted) anonymous.penalty(key, 1).catch(() => {});
    });
    next();
  };

  const afterAuth: RequestHandler = async (req, res, next) => {
    const principal = rememberedPrincipal(req);
    const known = principal !== undefined && principal.via !== 'anonymous';
    const bucket = known ? principals : anonymous;
    if (!bucket) return next();
    const key = known ? `principal:${principal.id}` : `ip:${ipOf(req)}`;
    res.locals.rateCounted = true;
    try {
      const state = await bucket.consume(key);
      res.setHeader('ratelimit-limit', String(bucket.points));
      res.setHeader('ratelimit-remaining', String(state.remainingPoints));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      refuse(res, bucket.points, rejection.msBeforeNext);
    }
  };

  return { beforeAuth, afterAuth };
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
