import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EqualityApiError } from './errors';
import { createTransport, normaliseBaseUrl } from './transport';

const answer = (status: number, body: string, type = 'application/json') =>
  (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;

async function failure(promise: Promise<unknown>): Promise<EqualityApiError> {
  const error = await promise.then(() => assert.fail('expected a failure'), (caught: unknown) => caught);
  assert.ok(error instanceof EqualityApiError, String(error));
  return error;
}

describe('transport', () => {
  it('normalises the base URL and refuses anything but http(s)', () => {
    assert.equal(normaliseBaseUrl('https://cms.example/'), 'https://cms.example');
    assert.equal(normaliseBaseUrl('https://trust.example/cms//'), 'https://trust.example/cms');
    assert.throws(() => normaliseBaseUrl('cms.example'), /absolute URL such as https:\/\/cms\.example, not "cms\.example"/);
    assert.throws(() => normaliseBaseUrl('ftp://cms.example'), /http or https URL/);
  });

  it('returns the JSON body and the URL it asked', async () => {
    const transport = createTransport({ baseUrl: 'https://cms.example', fetch: answer(200, '{"data":[]}') });
    assert.deepEqual(await transport.getJson('/api/equality/academies', { sort: ['name:asc'] }), {
      url: 'https://cms.example/api/equality/academies?sort%5B0%5D=name%3Aasc',
      body: { data: [] },
    });
  });

  it("names the URL, the status and Strapi's own message", async () => {
    const transport = createTransport({ baseUrl: 'https://cms.example', fetch: answer(404, '{"data":null,"error":{"status":404,"name":"NotFoundError","message":"No published record with that id"}}') });
    const error = await failure(transport.getJson('/api/equality/objectives/x'));
    assert.equal(error.kind, 'not-found');
    assert.equal(error.status, 404);
    assert.equal(error.message, 'https://cms.example/api/equality/objectives/x answered 404: No published record with that id');

    const proxy = createTransport({ baseUrl: 'https://cms.example', fetch: answer(502, '<html>Bad gateway</html>', 'text/html') });
    const gateway = await failure(proxy.getJson('/api/equality/academies'));
    assert.equal(gateway.kind, 'http');
    assert.match(gateway.message, /answered 502/);
  });

  it('says when a successful answer is not JSON', async () => {
    const transport = createTransport({ baseUrl: 'https://cms.example', fetch: answer(200, '<html></html>', 'text/html') });
    const error = await failure(transport.getJson('/api/equality/academies'));
    assert.equal(error.kind, 'invalid-response');
    assert.match(error.message, /did not answer with JSON \(text\/html\)/);
  });

  it('gives up after the timeout, and reports a server it cannot reach', async () => {
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))))) as typeof fetch;
    const slow = await failure(createTransport({ baseUrl: 'https://cms.example', fetch: hanging, timeoutMs: 20 }).getJson('/api/equality/trust'));
    assert.equal(slow.kind, 'network');
    assert.match(slow.message, /no answer within 20 ms/);

    const refused = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const down = await failure(createTransport({ baseUrl: 'https://cms.example', fetch: refused }).getJson('/api/equality/trust'));
    assert.equal(down.message, 'Could not reach https://cms.example/api/equality/trust: fetch failed');
  });
});
