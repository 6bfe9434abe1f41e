// OIDC / JWT bearer tokens: verified against the issuer's JWKS (fetched and cached by jose), with issuer,
// audience and expiry checked; the roles claim maps to Threadline roles, unknown names ignored.
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { Principal } from '../graphql/context.js';
import type { OidcConfig } from './auth-config.js';
import { isRole, type Role } from './roles.js';

/** A compact JWS: three base64url parts. API keys (tlk_…) never match. */
export const looksLikeJwt = (token: string): boolean => /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token);

function claimRoles(payload: JWTPayload, claim: string): Role[] {
  // A dotted claim name reaches into objects, e.g. realm_access.roles (Keycloak).
  let value: unknown = payload;
  for (const part of claim.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && isRole(n)))] as Role[];
}

export class OidcVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: OidcConfig) {
    this.jwks = createRemoteJWKSet(new URL(config.jwksUri));
  }

  /** The principal a valid token names, or undefined for any invalid token (bad signature, audience, expired…). */
  async verify(token: string): Promise<Principal | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: 30,
      });
      if (!payload.sub) return undefined;
      const name = [payload.preferred_username, payload.email, payload.name, payload.sub].find(
        (v): v is string => typeof v === 'string' && v.length > 0,
      );
      return {
        id: `oidc:${payload.sub}`,
        name: name ?? payload.sub,
        roles: claimRoles(payload, this.config.rolesClaim),
        via: 'oidc',
      };
    } catch {
      return undefined;
    }
  }
}
