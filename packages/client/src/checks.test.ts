import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClientCore } from './core';
import { schemaChecks } from './checks';
import { EqualityApiError } from './errors';

const page = (data: unknown[]) =>
  (async () => Response.json({ data, meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: data.length } } })) as typeof fetch;

describe('schema checks', () => {
  it('refuses a record that is not as published, naming the record and the field', async () => {
    const client = createClientCore(
      { baseUrl: 'https://cms.example', fetch: page([{ documentId: 'a', name: 'A', slug: 'a', urn: '100001' }, { documentId: 'b', name: 'B', slug: 'b', urn: '12' }]) },
      schemaChecks,
    );
    const error = await client.academies().then(() => assert.fail('expected a failure'), (caught: unknown) => caught);
    assert.ok(error instanceof EqualityApiError);
    assert.equal(error.kind, 'invalid-response');
    assert.match(error.message, /academies\?.*: data\[1\] is not as published: urn: a URN of six digits$/);
  });

  it('refuses an answer that is not a list', async () => {
    const client = createClientCore({ baseUrl: 'https://cms.example', fetch: (async () => Response.json({ data: {} })) as typeof fetch }, schemaChecks);
    await assert.rejects(client.payGapReports(), /did not answer with a list/);
  });
});
