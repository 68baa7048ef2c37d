/**
 * The aggregator as it runs in production (`node aggregator/dist/index.js`), in a process of its own,
 * configured through its environment: inline sources, an ephemeral port, a cache TTL. Only its HTTP
 * interface is used.
 */
import path from 'node:path';
import { ROOT } from '../../lib/strapi-app';
import { startUntilReady, type Child } from './child';

export interface AggregatorProcess {
  url: string;
  pid: number;
  child: Child;
  stop(): Promise<void>;
}

export interface SourceEntry {
  name: string;
  baseUrl: string;
  tokenFile: string;
  restrictedTokenFile?: string;
  trust?: boolean;
  academies?: string[];
  timeoutMs?: number;
  retries?: number;
}

export async function startAggregatorProcess(sources: SourceEntry[], options: { cacheTtlSeconds: number; env?: NodeJS.ProcessEnv }): Promise<AggregatorProcess> {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    AGGREGATOR_HOST: '127.0.0.1',
    AGGREGATOR_PORT: '0',
    AGGREGATOR_SOURCES: JSON.stringify({ sources }),
    AGGREGATOR_CACHE_TTL_SECONDS: String(options.cacheTtlSeconds),
    // In memory: the bench measures the aggregator, not a shared Redis.
    REDIS_URL: '',
    AGGREGATOR_WEBHOOK_SECRET: '',
    ...options.env,
  };
  const { child, value: url } = await startUntilReady(
    [path.join(ROOT, 'aggregator', 'dist', 'index.js')],
    (line) => /GraphQL ready at (http:\/\/\S+?)\/graphql/.exec(line)?.[1],
    { env, timeoutMs: 60_000 },
  );
  return { url, pid: child.pid, child, stop: () => child.stop() };
}
