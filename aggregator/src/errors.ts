/**
 * Every error code the aggregator sends, in one constant, and the one `formatError` that lets only those
 * (and Apollo's own request-level codes) through. Anything else is masked: resolver messages can carry
 * upstream URLs or tokens, and Apollo only hides stack traces.
 */
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  /** Two academies (two URNs) publish the same slug. */
  AMBIGUOUS_SLUG: 'AMBIGUOUS_SLUG',
  /** A source did not answer, or answered with something that is not Strapi's API. */
  SOURCE_UNAVAILABLE: 'SOURCE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PASSED_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);
PASSED_CODES.delete(ErrorCode.INTERNAL_SERVER_ERROR);

/** A GraphQLError whose code is one of ours; `extensions` add detail that is safe to show. */
export class AggregatorError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && PASSED_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
