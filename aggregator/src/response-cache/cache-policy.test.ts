import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { restrictedFields } from '../schema/restricted';
import { typeDefs } from '../schema';
import { maxAgeOf } from './cache-policy';

describe('cache policy', () => {
  const schema = buildSchema(typeDefs);
  const rootFields = Object.keys((schema.getType('Query') as GraphQLObjectType).getFields());

  it('caches the public root fields for the record TTL, and no other root field', () => {
    const cacheable = rootFields.filter((field) => maxAgeOf(`Query.${field}`, 30) === 30);
    assert.deepEqual(cacheable.sort(), ['academies', 'academy', 'trends', 'trustReport']);
    for (const field of rootFields.filter((name) => !cacheable.includes(name))) assert.equal(maxAgeOf(`Query.${field}`, 30), 0, field);
  });

  it('never caches a restricted field, whatever its parent', () => {
    const restricted = restrictedFields(typeDefs).filter((coordinate) => !coordinate.startsWith('Query.'));
    assert.ok(restricted.includes('TrustObjective.latestPayGap'));
    for (const coordinate of restricted) assert.equal(maxAgeOf(coordinate, 30), 0, coordinate);
  });

  it('lets the other fields of a public answer live as long as the root field', () => {
    assert.equal(maxAgeOf('TrustObjective.publishedPayGap', 30), 30);
    assert.equal(maxAgeOf('TrustReport.compliance', 30), 30);
  });
});
