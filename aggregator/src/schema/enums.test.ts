import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { toGraphqlEnumName, VOCABULARIES } from '@equality-hub/domain';
import { typeDefs } from './index';
import { vocabularyEnumResolvers } from './enums';

describe('GraphQL enums', () => {
  const schema = buildSchema(typeDefs);

  for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
    it(`${name} has exactly the vocabulary's values, in order`, () => {
      const type = schema.getType(name);
      assert.ok(type instanceof GraphQLEnumType, `${name} is an enum`);
      const values = vocabulary.values as readonly string[];
      assert.deepEqual(type.getValues().map((value) => value.name), values.map(toGraphqlEnumName));
      // Inside, the value stays the vocabulary's own, so records pass through unchanged.
      assert.deepEqual(Object.values(vocabularyEnumResolvers[name]!), [...values]);
    });
  }
});
