// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries it),
// Secure when THREADLINE_COOKIE_SECURE is set, Path=/.
import { parseCookie, stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'threadline_session';

export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}

export function sessionCookie(token: string, expiresAt: string, secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: new Date(0),
  });
}
