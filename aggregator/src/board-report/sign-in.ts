/**
 * Signing a Trust executive in: the email and password go to the Trust source's users-permissions login
 * (`/api/auth/local`, whose own rate limit applies per account), and the JWT it answers is verified the
 * way every bearer token is (auth.ts), which also says whether the account is a Trust executive.
 */
import { z } from 'zod';
import type { Authenticate } from '../auth';
import type { StrapiSource } from '../sources/strapi-source';

export type SignInOutcome =
  | { ok: true; jwt: string }
  | { ok: false; status: 401 | 403 | 429 | 503; problem: string };

const LoginAnswer = z.object({ jwt: z.string().min(1) });

export const SignInForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(254),
  password: z.string().min(1, 'Enter your password').max(256),
});

export async function signIn(trust: StrapiSource, authenticate: Authenticate, email: string, password: string): Promise<SignInOutcome> {
  let response: Response;
  try {
    response = await fetch(`${trust.config.baseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ identifier: email, password }),
      signal: AbortSignal.timeout(trust.config.timeoutMs),
    });
  } catch {
    return { ok: false, status: 503, problem: 'Sign-in cannot be checked now: the Trust’s system did not answer. Try again shortly.' };
  }
  if (response.status === 429) return { ok: false, status: 429, problem: 'Too many attempts to sign in. Wait a few minutes, then try again.' };
  // Strapi answers 400 for a wrong email or password alike; so does this form, never saying which.
  if (response.status === 400 || response.status === 401) return { ok: false, status: 401, problem: 'The email address or password is not right.' };
  const answer = LoginAnswer.safeParse(response.ok ? await response.json().catch(() => null) : null);
  if (!answer.success) return { ok: false, status: 503, problem: `Sign-in cannot be checked now (the Trust’s system answered ${response.status}).` };
  try {
    const viewer = await authenticate(`Bearer ${answer.data.jwt}`);
    if (viewer.kind !== 'user' || !viewer.executive) {
      return { ok: false, status: 403, problem: 'This account is not a Trust executive’s: the public sections need no sign-in.' };
    }
  } catch {
    return { ok: false, status: 503, problem: 'Sign-in cannot be checked now. Try again shortly.' };
  }
  return { ok: true, jwt: answer.data.jwt };
}
