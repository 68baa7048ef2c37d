import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSameOrigin, readCookie, safeNext, sessionCookieOptions } from './session';

const request = (headers: Record<string, string>) => ({ get: (name: string) => headers[name.toLowerCase()] }) as never;

describe('the report session', () => {
  it('is an HttpOnly, SameSite=Strict cookie on /reports, Secure in production', () => {
    assert.deepEqual(sessionCookieOptions(true), { httpOnly: true, sameSite: 'strict', secure: true, path: '/reports', maxAge: 28_800_000 });
    assert.equal(sessionCookieOptions(false).secure, false);
  });

  it('reads one cookie among others', () => {
    assert.equal(readCookie('a=1; eqhub_report_session=abc.def; b=2', 'eqhub_report_session'), 'abc.def');
    assert.equal(readCookie('a=1', 'eqhub_report_session'), undefined);
    assert.equal(readCookie(undefined, 'eqhub_report_session'), undefined);
    assert.equal(readCookie('eqhub_report_session=%E0%A4%A', 'eqhub_report_session'), undefined);
  });

  it('takes a form POST only from the same origin', () => {
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example', origin: 'https://reports.trust.example' })), true);
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example', origin: 'https://evil.example' })), false);
    assert.equal(isSameOrigin(request({ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4001' })), false);
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example', origin: 'null' })), false);
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example', 'sec-fetch-site': 'cross-site' })), false);
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example', 'sec-fetch-site': 'same-site' })), false);
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example', 'sec-fetch-site': 'same-origin' })), true);
    assert.equal(isSameOrigin(request({ host: 'reports.trust.example' })), true, 'curl sends neither header');
  });

  it('goes back only to a report page of this site', () => {
    assert.equal(safeNext('/reports/trust.html?academicYear=2025%2F26'), '/reports/trust.html?academicYear=2025%2F26');
    for (const next of ['https://evil.example/', '//evil.example/reports/', '/admin', '/reports/\\evil', undefined, ['/reports/x']]) {
      assert.equal(safeNext(next), '/reports/trust.html', String(next));
    }
  });
});
