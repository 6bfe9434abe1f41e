// Who is calling: a session cookie, or `Authorization: Bearer` with an API key or an OIDC JWT. Also login and
// logout, which create and end sessions. One per process (module-level default), settings from the environment.
import { ThreadlineError } from '../errors/threadline-error.js';
import type { Principal } from '../graphql/context.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { API_KEY_PATTERN, resolveApiKey } from './api-keys.js';
import { type AuthConfig, readAuthConfig } from './auth-config.js';
import { LoginThrottle } from './login-throttle.js';
import { looksLikeJwt, OidcVerifier } from './oidc.js';
import { verifyNothing, verifyPassword } from './passwords.js';
import { sessionTokenOf } from './session-cookie.js';
import { createSession, endSession, resolveSession } from './sessions.js';
import { sha256 } from './tokens.js';
import { findUser } from './users.js';

export interface CredentialRequest {
  header(name: string): string | undefined;
}

export type Credential = { kind: 'apiKey' | 'jwt' | 'session' | 'malformed'; token: string };

/** What the request presents, without checking it. A Bearer header wins over the cookie. */
export function credentialOf(req: CredentialRequest): Credential | undefined {
  const authorization = req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const token = match?.[1];
    if (!token) return { kind: 'malformed', token: '' };
    if (API_KEY_PATTERN.test(token)) return { kind: 'apiKey', token };
    if (looksLikeJwt(token)) return { kind: 'jwt', token };
    return { kind: 'malformed', token };
  }
  const session = sessionTokenOf(req.header('cookie'));
  return session ? { kind: 'session', token: session } : undefined;
}

/** Resolved principals are kept this long, so a busy client costs one lookup per few seconds, not per request. */
const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;

export interface LoginResult {
  token: string;
  expiresAt: string;
  principal: Principal;
}

export class Authenticator {
  readonly config: AuthConfig;
  private readonly oidc?: OidcVerifier;
  private readonly throttle: LoginThrottle;
  private readonly cache = new Map<string, { principal: Principal | undefined; until: number }>();
  private readonly clock: () => number;

  constructor(options: { config?: AuthConfig; clock?: () => number } = {}) {
    this.config = options.config ?? readAuthConfig();
    this.clock = options.clock ?? Date.now;
    this.oidc = this.config.oidc ? new OidcVerifier(this.config.oidc) : undefined;
    this.throttle = new LoginThrottle({
      maxFailures: this.config.loginMaxFailures,
      windowMs: this.config.loginWindowMs,
    });
  }

  private get sessionPolicy() {
    return { ttlMs: this.config.sessionTtlMs, idleMs: this.config.sessionIdleMs };
  }

  /** The principal the credential proves, or undefined when it proves nothing (unknown, expired, revoked…). */
  async verify(db: GraphDb, credential: Credential): Promise<Principal | undefined> {
    const now = this.clock();
    const cacheKey = `${credential.kind}:${sha256(credential.token)}`;
    const hit = this.cache.get(cacheKey);
    if (hit && hit.until > now) return hit.principal;
    const principal = await this.lookUp(db, credential, now);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    // Failures are not cached: a key revoked elsewhere is refused at once, and retrying a typo costs a lookup.
    if (principal) this.cache.set(cacheKey, { principal, until: now + CACHE_MS });
    else this.cache.delete(cacheKey);
    return principal;
  }

  private async lookUp(db: GraphDb, credential: Credential, now: number): Promise<Principal | undefined> {
    switch (credential.kind) {
      case 'apiKey': {
        const key = await resolveApiKey(db, credential.token, now);
        return key && { id: `key:${key.id}`, name: key.name, roles: key.roles, via: 'apiKey' };
      }
      case 'jwt':
        return this.oidc?.verify(credential.token);
      case 'session': {
        const session = await resolveSession(db, credential.token, this.sessionPolicy, now);
        return (
          session && { id: session.userId, name: session.username, roles: session.roles, via: 'session' }
        );
      }
      default:
        return undefined;
    }
  }

  /** Forgets cached principals (after logout, revocation or a user change in this process). */
  forget(): void {
    this.cache.clear();
  }

  /** Checks the password and opens a session; INVALID_CREDENTIALS or RATE_LIMITED otherwise. */
  async login(db: GraphDb, username: string, password: string, ip: string): Promise<LoginResult> {
    const name = username.trim().toLowerCase();
    const now = this.clock();
    const wait = this.throttle.retryAfterMs(name, ip, now);
    if (wait > 0) {
      throw new ThreadlineError(
        'RATE_LIMITED',
        `Too many failed logins; try again in ${Math.ceil(wait / 1000)} s`,
        [{ path: 'retryAfterSeconds', message: String(Math.ceil(wait / 1000)) }],
      );
    }
    const user = await findUser(db, name);
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyNothing(password);
    // A disabled user learns no more than a wrong password would tell.
    if (!user || !ok || user.disabled) {
      this.throttle.failed(name, ip, now);
      throw new ThreadlineError(
        'INVALID_CREDENTIALS',
        'Wrong username or password, or the account is disabled',
      );
    }
    this.throttle.succeeded(name, ip);
    const { token, expiresAt } = await createSession(db, user.id, this.sessionPolicy, now);
    return {
      token,
      expiresAt,
      principal: { id: user.id, name: user.username, roles: user.roles, via: 'session' },
    };
  }

  async logout(db: GraphDb, token: string): Promise<void> {
    await endSession(db, token);
    this.cache.delete(`session:${sha256(token)}`);
  }
}
