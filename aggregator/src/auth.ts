/**
 * Who is asking. A Trust executive signs in on the Trust's own source (users-permissions
 * `/api/auth/local`) and sends that JWT as a bearer token; the aggregator asks the same source who the
 * token belongs to (`/api/users/me?populate=role`) and remembers the answer briefly, so a report does
 * not cost a round trip per request. Only verified answers are remembered.
 *
 * Strapi strips `role` from `users/me` unless the user's own role may read roles, which an executive's
 * (holding only `user.me`) may not; the role is then read with the source's read-only API token.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { AggregatorError, ErrorCode } from './errors';
import type { StrapiSource } from './sources/strapi-source';

/** The users-permissions role type of a Trust executive (created by the equality plugin's bootstrap). */
export const EXECUTIVE_ROLE_TYPE = 'trust-executive';

export type Viewer = { kind: 'anonymous' } | { kind: 'user'; id: number; executive: boolean };

const User = z.object({ id: z.number(), role: z.object({ type: z.string() }).nullish() });

/** Remembered verifications are capped so that a flood of distinct tokens cannot grow memory. */
const MAX_REMEMBERED = 1_000;

const unauthenticated = (message: string) =>
  new AggregatorError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

const unavailable = (source: string, why: string) =>
  new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, `Sign-in cannot be checked now: the Trust source ${why}`, { source, http: { status: 503 } });

export function createAuthenticator(trust: StrapiSource, cacheSeconds: number) {
  const remembered = new Map<string, { viewer: Viewer; expires: number }>();
  const { baseUrl, timeoutMs } = trust.config;

  async function get(path: string, bearer: string) {
    try {
      return await fetch(`${baseUrl}${path}`, {
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw unavailable(trust.name, 'did not answer');
    }
  }

  async function parseUser(response: Response) {
    const user = User.safeParse(response.ok ? await response.json().catch(() => null) : null);
    if (!user.success) throw unavailable(trust.name, `answered unexpectedly (HTTP ${response.status})`);
    return user.data;
  }

  async function verify(jwt: string): Promise<Viewer> {
    const me = await get('/api/users/me?populate=role', jwt);
    if (me.status === 401) throw unauthenticated('The token is invalid or has expired: sign in again');
    // A genuine account whose role may not even read itself: signed in, but no Trust executive.
    if (me.status === 403) return { kind: 'user', id: 0, executive: false };
    const user = await parseUser(me);
    let role = user.role?.type;
    if (role === undefined) {
      const apiToken = trust.apiToken();
      if (!apiToken) throw unavailable(trust.name, 'has no API token yet');
      role = (await parseUser(await get(`/api/users/${user.id}?populate[role][fields][0]=type`, apiToken))).role?.type;
    }
    return { kind: 'user', id: user.id, executive: role === EXECUTIVE_ROLE_TYPE };
  }

  return async function authenticate(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('Send the token as "Authorization: Bearer <jwt>"');
    const key = crypto.createHash('sha256').update(match[1]!).digest('hex');
    const hit = remembered.get(key);
    if (hit && hit.expires > Date.now()) return hit.viewer;
    const viewer = await verify(match[1]!);
    if (cacheSeconds > 0) {
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
      remembered.set(key, { viewer, expires: Date.now() + cacheSeconds * 1000 });
    }
    return viewer;
  };
}
export type Authenticate = ReturnType<typeof createAuthenticator>;

/** Throws unless the viewer is a Trust executive: UNAUTHENTICATED without a token, FORBIDDEN without the role. */
export function requireExecutive(viewer: Viewer): void {
  if (viewer.kind === 'anonymous') {
    throw new AggregatorError(ErrorCode.UNAUTHENTICATED, 'Sign in as a Trust executive to read this field');
  }
  if (!viewer.executive) throw new AggregatorError(ErrorCode.FORBIDDEN, 'Only a Trust executive may read this field');
}
