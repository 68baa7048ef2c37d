import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { toGraphqlEnumName, VOCABULARIES } from '@equality-hub/domain';
import { typeDefs } from './index';
import { PAY_GAP_ENUMS, generatedEnumResolvers } from './enums';

describe('GraphQL enums', () => {
  const schema = buildSchema(typeDefs);
  const lists: [string, readonly string[]][] = [
    ...Object.entries(VOCABULARIES).map(([name, vocabulary]): [string, readonly string[]] => [name, vocabulary.values]),
    ...Object.entries(PAY_GAP_ENUMS),
  ];

  for (const [name, values] of lists) {
    it(`${name} has exactly the module's values, in order`, () => {
      const type = schema.getType(name);
      assert.ok(type instanceof GraphQLEnumType, `${name} is an enum`);
      assert.deepEqual(type.getValues().map((value) => value.name), values.map(toGraphqlEnumName));
      // Inside, the value stays the module's own, so records pass through unchanged.
      assert.deepEqual(Object.values(generatedEnumResolvers[name]!), [...values]);
    });
  }
});
