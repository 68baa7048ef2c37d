/** The `Date` scalar: an ISO calendar date (YYYY-MM-DD), validated on the way in. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { IsoDate } from '@equality-hub/domain';

function parse(value: unknown): string {
  const result = IsoDate.safeParse(value);
  if (!result.success) throw new GraphQLError('Date must be a calendar date written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  return result.data;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => parse(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
