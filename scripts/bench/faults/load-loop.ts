/**
 * Steady load for the fault runs: `connections` clients, each sending the next query as soon as the last
 * is answered, every answer kept with when it started and ended and what it was:
 * - complete: HTTP 200, no errors;
 * - partial: HTTP 200 with data, whose only errors are SOURCE_UNAVAILABLE (a source reported, not a failure);
 * - error: anything else (non-2xx, a timeout, a socket error, any other GraphQL error, no data).
 */
import type { GraphqlBody } from '../run/graphql';

export type Answer =
  | { kind: 'complete'; academyCount: number }
  | { kind: 'partial'; academyCount: number; sources: string[]; messages: string[] }
  | { kind: 'error'; reason: string };

export interface Sample {
  started: number;
  ended: number;
  answer: Answer;
}

export interface LoadLoopOptions {
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  connections: number;
  timeoutMs: number;
  /** Reads the number of academies reported out of the data. */
  academyCount: (data: Record<string, any>) => number;
}

export function classify(status: number, body: GraphqlBody | null, academyCount: LoadLoopOptions['academyCount']): Answer {
  if (status !== 200) return { kind: 'error', reason: `HTTP ${status}` };
  if (!body?.data) return { kind: 'error', reason: `no data: ${JSON.stringify(body?.errors ?? body).slice(0, 200)}` };
  const errors = body.errors ?? [];
  const other = errors.find((error) => error.extensions?.code !== 'SOURCE_UNAVAILABLE');
  if (other) return { kind: 'error', reason: `${other.extensions?.code ?? 'error'}: ${other.message}` };
  const count = academyCount(body.data);
  if (errors.length === 0) return { kind: 'complete', academyCount: count };
  const sources = [...new Set(errors.map((error) => String(error.extensions?.source)))].sort();
  return { kind: 'partial', academyCount: count, sources, messages: errors.map((error) => error.message) };
}

export function startLoadLoop(options: LoadLoopOptions) {
  const samples: Sample[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const started = Date.now();
      let answer: Answer;
      try {
        const response = await fetch(`${options.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: options.query, variables: options.variables }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        const body = (await response.json().catch(() => null)) as GraphqlBody | null;
        answer = classify(response.status, body, options.academyCount);
      } catch (error) {
        const name = (error as Error).name;
        answer = { kind: 'error', reason: name === 'TimeoutError' ? `timed out after ${options.timeoutMs} ms` : `socket: ${(error as Error).message}` };
      }
      samples.push({ started, ended: Date.now(), answer });
    }
  };
  const clients = Array.from({ length: options.connections }, client);
  return {
    samples: () => samples,
    async stop(): Promise<Sample[]> {
      running = false;
      await Promise.all(clients);
      return samples;
    },
  };
}
