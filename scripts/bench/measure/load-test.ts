/**
 * The load test: autocannon against the aggregator on loopback for a fixed time, one GraphQL query over
 * and over, with the aggregator's memory sampled throughout. Errors are counted by kind: HTTP non-2xx,
 * timeouts, socket errors, and 200 answers that carry GraphQL errors (partial data) apart.
 */
import autocannon from 'autocannon';
import { sampleMemory, type MemoryTrace } from './memory';

export interface LoadOptions {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  durationSeconds: number;
  connections: number;
  timeoutSeconds: number;
  /** The aggregator's process, whose memory is sampled. */
  pid: number;
}

export interface LoadResult {
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  timeouts: number;
  socketErrors: number;
  graphqlErrors: number;
  memory: MemoryTrace;
}

export async function loadTest(options: LoadOptions): Promise<LoadResult> {
  let graphqlErrors = 0;
  const memory = sampleMemory(options.pid);
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: options.timeoutSeconds,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: JSON.stringify({ query: options.query, variables: options.variables }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
      },
    }],
  });
  return {
    durationSeconds: options.durationSeconds,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    // autocannon counts timeouts among its errors too.
    socketErrors: result.errors - result.timeouts,
    graphqlErrors,
    memory: memory.stop(),
  };
}
