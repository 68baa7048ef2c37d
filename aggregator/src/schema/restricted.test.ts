import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { typeDefs } from './index';
import { restrictedFields } from './restricted';

describe('restricted fields', () => {
  const schema = buildSchema(typeDefs);

  it('are all nullable, so that refusing one nulls that field and not its parent (or the whole answer)', () => {
    const fields = restrictedFields(typeDefs);
    assert.ok(fields.length > 0);
    for (const coordinate of fields) {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      assert.ok(type instanceof GraphQLObjectType);
      assert.ok(!(type.getFields()[fieldName]!.type instanceof GraphQLNonNull), `${coordinate} must be nullable`);
    }
  });
});
