// Login brute-force throttling: after maxFailures failed logins for one username from one IP within the window,
// further attempts are refused with RATE_LIMITED until the window has passed. Kept in memory: per process.

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: ThrottleOptions) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Milliseconds until another attempt is allowed; 0 when allowed now. */
  retryAfterMs(username: string, ip: string, now = Date.now()): number {
    const times = this.recent(`${username}\u0000${ip}`, now);
    if (times.length < this.options.maxFailures) return 0;
    return (times[times.length - this.options.maxFailures] as number) + this.options.windowMs - now;
  }

  failed(username: string, ip: string, now = Date.now()): void {
    const key = `${username}\u0000${ip}`;
    this.failures.set(key, [...this.recent(key, now), now]);
    // A flood of distinct names must not grow memory without bound.
    if (this.failures.size > 100_000) this.failures.clear();
  }

  succeeded(username: string, ip: string): void {
    this.failures.delete(`${username}\u0000${ip}`);
  }
}
