import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeQuery } from './query';

describe('encodeQuery', () => {
  it("writes Strapi's bracketed filters, populate, sort and pagination", () => {
    const query = encodeQuery({
      filters: { academy: { slug: { $eq: "st george's" } } },
      populate: { academy: { fields: ['name', 'slug'] }, actions: true },
      sort: ['createdAt:asc'],
      pagination: { page: 2, pageSize: 100 },
    });
    assert.deepEqual(decodeURIComponent(query).split('&'), [
      "filters[academy][slug][$eq]=st george's",
      'populate[academy][fields][0]=name',
      'populate[academy][fields][1]=slug',
      'populate[actions]=true',
      'sort[0]=createdAt:asc',
      'pagination[page]=2',
      'pagination[pageSize]=100',
    ]);
  });

  it('escapes what would break the query string', () => {
    assert.equal(encodeQuery({ filters: { slug: { $eq: 'a&b=c' } } }), 'filters%5Bslug%5D%5B%24eq%5D=a%26b%3Dc');
    assert.equal(encodeQuery({ filters: {} }), '');
  });
});
