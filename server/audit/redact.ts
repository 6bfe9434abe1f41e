// Removes secrets from what an audit entry stores: by key name, and by shape for API keys and JWTs.

/** A key whose value is never stored: passwords, secrets, tokens, keys, authorization headers. */
export const SECRET_KEY = /password|secret|token|key|authorization/i;
export const REDACTED = '[redacted]';

// An API key is `tlk_<keyId>_<secret>`: the id may be stored (it names the key), the secret never.
const API_KEY = /\btlk_([A-Za-z0-9]+)_[A-Za-z0-9_-]+/g;
// A JWT (OIDC bearer token): three base64url parts, the first two starting with `eyJ` ('{"').
const JWT = /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** A string with any API key secret, JWT or bearer credential inside it masked. */
export function redactString(text: string): string {
  return text
    .replace(API_KEY, (_match, keyId: string) => `tlk_${keyId}_${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`);
}

// Deeper values are dropped (truncation keeps 6 levels anyway): recursion must stay bounded whatever arrives.
const MAX_REDACT_DEPTH = 16;

/** A deep copy of `value` with secret keys' values replaced and secrets inside strings masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_REDACT_DEPTH) return '[nested]';
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : redact(inner, depth + 1);
  }
  return out;
}
