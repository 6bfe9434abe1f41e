// Authentication settings from the environment (README's configuration table; docs/security.md).

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUri: string;
  /** The claim holding role names (a list, or a space/comma separated string); default `roles`. */
  rolesClaim: string;
}

export interface AuthConfig {
  /** Sessions end this long after login, whatever the activity. */
  sessionTtlMs: number;
  /** ... and this long after their last request. */
  sessionIdleMs: number;
  /** Adds Secure to the session cookie (serve over HTTPS, or behind a proxy that does). */
  cookieSecure: boolean;
  /** Failed logins per username+IP within the window before RATE_LIMITED. */
  loginMaxFailures: number;
  loginWindowMs: number;
  oidc?: OidcConfig;
}

const HOUR = 3_600_000;

function minutes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback * 60_000;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number of minutes, not "${raw}"`);
  return n * 60_000;
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const issuer = env.THREADLINE_OIDC_ISSUER;
  const audience = env.THREADLINE_OIDC_AUDIENCE;
  const jwksUri = env.THREADLINE_OIDC_JWKS_URI;
  const any = issuer || audience || jwksUri;
  if (any && !(issuer && audience && jwksUri)) {
    throw new Error(
      'OIDC needs all of THREADLINE_OIDC_ISSUER, THREADLINE_OIDC_AUDIENCE and THREADLINE_OIDC_JWKS_URI',
    );
  }
  return {
    sessionTtlMs: minutes(env, 'THREADLINE_SESSION_TTL_MINUTES', (12 * HOUR) / 60_000),
    sessionIdleMs: minutes(env, 'THREADLINE_SESSION_IDLE_MINUTES', 30),
    cookieSecure: env.THREADLINE_COOKIE_SECURE === '1' || env.THREADLINE_COOKIE_SECURE === 'true',
    loginMaxFailures: 5,
    loginWindowMs: 15 * 60_000,
    oidc:
      issuer && audience && jwksUri
        ? { issuer, audience, jwksUri, rolesClaim: env.THREADLINE_OIDC_ROLES_CLAIM || 'roles' }
        : undefined,
  };
}
