import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GraphQLError } from 'graphql';
import { AggregatorError, ErrorCode, formatError } from './errors';

const format = (error: GraphQLError) => formatError(error.toJSON(), error);

describe('formatError', () => {
  it('passes errors with a known code, without a stack trace', () => {
    const error = new AggregatorError(ErrorCode.FORBIDDEN, 'Only a Trust executive may read this field');
    const formatted = formatError({ ...error.toJSON(), extensions: { code: 'FORBIDDEN', stacktrace: ['at x'] } }, error);
    assert.deepEqual(formatted, { message: 'Only a Trust executive may read this field', extensions: { code: 'FORBIDDEN' } });
  });

  it('masks anything else, which could carry an upstream URL or token', () => {
    const leaky = new Error('connect ECONNREFUSED http://10.0.0.5:1337/api?token=abc');
    const wrapped = new GraphQLError(leaky.message, { originalError: leaky, path: ['academies'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    assert.deepEqual(format(wrapped), { message: 'Internal server error', locations: undefined, path: ['academies'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const unknownCode = new GraphQLError('boom', { extensions: { code: 'SOMETHING_ELSE' } });
    assert.equal(format(unknownCode).message, 'Internal server error');
  });
});
