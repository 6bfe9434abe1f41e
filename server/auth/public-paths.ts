// What answers without credentials: the probes, /auth (login works without; me and logout check for
// themselves) and the UI's static files, so the login screen loads. Everything else needs a principal.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export interface PublicPathOptions {
  /** The built UI folder (web/dist). */
  webDist: string;
  /** Development (Vite middleware): any GET outside the API paths is the UI's. */
  dev: boolean;
}

export const API_PREFIXES = ['/graphql', '/export', '/auth'] as const;
const ALWAYS_PUBLIC = new Set(['/healthz', '/readyz', '/', '/index.html']);

const underPrefix = (p: string, prefix: string) => p === prefix || p.startsWith(`${prefix}/`);

function isDistFile(dist: string, urlPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return false;
  }
  const file = path.resolve(dist, `.${decoded}`);
  if (!file.startsWith(`${dist}${path.sep}`)) return false;
  return existsSync(file) && statSync(file).isFile();
}

/** Whether this request may be answered without credentials (the auth routes handle their own). */
export function publicRequest(options: PublicPathOptions) {
  const dist = path.resolve(options.webDist);
  return (method: string, urlPath: string): boolean => {
    if (underPrefix(urlPath, '/auth')) return true;
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (ALWAYS_PUBLIC.has(urlPath)) return true;
    if (API_PREFIXES.some((prefix) => underPrefix(urlPath, prefix))) return false;
    return options.dev || isDistFile(dist, urlPath);
  };
}
