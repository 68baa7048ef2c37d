/**
 * Who is asking. A Trust executive signs in on the Trust's own source (users-permissions
 * `/api/auth/local`) and sends that JWT as a bearer token; the aggregator asks the same source who the
 * token belongs to (`/api/users/me?populate=role`) and remembers the answer briefly, so a report does
 * not cost a round trip per request. Only verified answers are remembered.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import type { SourceConfig } from './config';
import { AggregatorError, ErrorCode } from './errors';

/** The users-permissions role type of a Trust executive (created by the equality plugin's bootstrap). */
export const EXECUTIVE_ROLE_TYPE = 'trust-executive';

export type Viewer = { kind: 'anonymous' } | { kind: 'user'; id: number; executive: boolean };

const Me = z.object({ id: z.number(), role: z.object({ type: z.string() }).nullish() });

/** Remembered verifications are capped so that a flood of distinct tokens cannot grow memory. */
const MAX_REMEMBERED = 1_000;

const unauthenticated = (message: string) =>
  new AggregatorError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

export function createAuthenticator(trust: SourceConfig, cacheSeconds: number) {
  const remembered = new Map<string, { viewer: Viewer; expires: number }>();

  async function verify(token: string): Promise<Viewer> {
    let response: Response;
    try {
      response = await fetch(`${trust.baseUrl}/api/users/me?populate=role`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(trust.timeoutMs),
      });
    } catch {
      throw new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, 'Sign-in cannot be checked now: the Trust source did not answer', {
        source: trust.name,
        http: { status: 503 },
      });
    }
    if (response.status === 401 || response.status === 403) throw unauthenticated('The token is invalid or has expired: sign in again');
    const me = Me.safeParse(response.ok ? await response.json().catch(() => null) : null);
    if (!me.success) {
      throw new AggregatorError(ErrorCode.SOURCE_UNAVAILABLE, 'Sign-in cannot be checked now: the Trust source answered unexpectedly', {
        source: trust.name,
        http: { status: 503 },
      });
    }
    return { kind: 'user', id: me.data.id, executive: me.data.role?.type === EXECUTIVE_ROLE_TYPE };
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
