/**
 * The per-source record cache: in memory by default, in Redis when REDIS_URL is set, so several
 * aggregators share one. A Strapi webhook invalidates everything at once by moving to a new generation:
 * keys carry the generation, so old entries are simply never read again and expire on their own.
 */
import { Redis } from 'ioredis';

export interface RecordCache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /** Forgets one entry (Apollo's KeyValueCache, which the response cache stores through, asks for it). */
  delete(key: string): Promise<void>;
  /** Forgets every entry (a source changed). */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

export function createMemoryCache(): RecordCache {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    async get<T>(key: string) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= Date.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value as T;
    },
    async set(key, value, ttlSeconds) {
      entries.set(key, { value, expires: Date.now() + ttlSeconds * 1000 });
    },
    async delete(key) {
      entries.delete(key);
    },
    async invalidate() {
      entries.clear();
    },
    async close() {
      entries.clear();
    },
  };
}

/**
 * Redis errors never fail a query: a read that cannot reach Redis is a miss, a write is skipped, and
 * the error is logged once per kind.
 */
export function createRedisCache(url: string, prefix: string, log: (message: string) => void = console.warn): RecordCache {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: true });
  const warned = new Set<string>();
  const warn = (kind: string, error: unknown) => {
    if (warned.has(kind)) return;
    warned.add(kind);
    log(`Redis ${kind} failed: ${(error as Error).message}`);
  };
  redis.on('error', (error) => warn('connection', error));
  const generationKey = `${prefix}generation`;
  const dataKey = async (key: string) => `${prefix}g${(await redis.get(generationKey)) ?? '0'}:${key}`;

  return {
    async get<T>(key: string) {
      try {
        const text = await redis.get(await dataKey(key));
        return text === null ? undefined : (JSON.parse(text) as T);
      } catch (error) {
        warn('read', error);
        return undefined;
      }
    },
    async set(key, value, ttlSeconds) {
      try {
        await redis.set(await dataKey(key), JSON.stringify(value), 'EX', ttlSeconds);
      } catch (error) {
        warn('write', error);
      }
    },
    async delete(key) {
      try {
        await redis.del(await dataKey(key));
      } catch (error) {
        warn('write', error);
      }
    },
    async invalidate() {
      await redis.incr(generationKey);
    },
    async close() {
      redis.disconnect();
    },
  };
}
