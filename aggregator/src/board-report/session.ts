/**
 * The executive's session: the Strapi JWT of the Trust source, kept in an HttpOnly, SameSite=Strict
 * cookie (Secure in production) scoped to /reports, and checked on every request exactly as a bearer
 * token is (auth.ts), so revoking the account in Strapi ends the session.
 */
import type { Request } from 'express';

export const SESSION_COOKIE = 'eqhub_report_session';
export const REPORT_PATH = '/reports';
/** A board meeting's length, not the JWT's thirty days. */
export const SESSION_SECONDS = 8 * 60 * 60;

export function sessionCookieOptions(production: boolean) {
  return { httpOnly: true, sameSite: 'strict' as const, secure: production, path: REPORT_PATH, maxAge: SESSION_SECONDS * 1000 };
}

/** The value of one cookie from the Cookie header; undefined when absent or malformed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0 || part.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(index + 1).trim()) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether a form POST comes from a page of this very site. Browsers send Origin on every POST (and
 * Sec-Fetch-Site with it); a cross-site form, a sandboxed frame ("null") or another port fails. A
 * request with neither header is not a browser's cross-site form (curl, scripts) and passes: CSRF needs
 * a victim's browser. Behind a proxy, pass the original Host through.
 */
export function isSameOrigin(request: Pick<Request, 'get'>): boolean {
  const origin = request.get('origin');
  if (origin !== undefined) {
    try {
      return origin !== 'null' && new URL(origin).host === request.get('host');
    } catch {
      return false;
    }
  }
  const site = request.get('sec-fetch-site');
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** Where to go after signing in or out: only a report page of this site, never elsewhere (no open redirect). */
export function safeNext(next: unknown): string {
  const fallback = `${REPORT_PATH}/trust.html`;
  if (typeof next !== 'string' || !next.startsWith(`${REPORT_PATH}/`) || next.startsWith('//') || /[\\\r\n]/.test(next)) return fallback;
  return next;
}
