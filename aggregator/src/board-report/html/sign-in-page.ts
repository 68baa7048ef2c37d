/** The executives' sign-in form (Strapi users-permissions credentials of the Trust's own source). */
import { escapeHtml as e } from '../escape';
import { page } from './layout';

export interface SignInPageOptions {
  nonce: string;
  /** Where to go once signed in (already checked to be a report path). */
  next: string;
  email?: string;
  problem?: string;
}

export function signInPage(options: SignInPageOptions): string {
  const body = `<header>
<p class="kicker">Equality Hub</p>
<h1>Sign in to the Board report</h1>
<p>Trust executives see the gender pay gap by pay quarter and the blind-recruitment rollout. Everyone else sees the public sections <a href="${e(options.next)}">without signing in</a>.</p>
</header>
<main id="main">
${options.problem ? `<div class="problem" role="alert"><p>${e(options.problem)}</p></div>` : ''}
<form method="post" action="/reports/sign-in">
<input type="hidden" name="next" value="${e(options.next)}">
<p><label for="email">Email address</label><input id="email" name="email" type="email" autocomplete="username" required value="${e(options.email ?? '')}"></p>
<p><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>
</main>`;
  return page({ title: 'Sign in to the Board report', nonce: options.nonce, body });
}

/** A page that says what went wrong, for a report that could not be made. */
export function problemPage(options: { nonce: string; title: string; problem: string }): string {
  const body = `<header><p class="kicker">Equality Hub</p><h1>${e(options.title)}</h1></header>
<main id="main"><div class="problem" role="alert"><p>${e(options.problem)}</p></div><p><a href="/reports/trust.html">Back to this year's report</a></p></main>`;
  return page({ title: options.title, nonce: options.nonce, body });
}
