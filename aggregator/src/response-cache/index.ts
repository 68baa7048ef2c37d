/**
 * Whole responses of cacheable queries (cache-policy.ts says which), kept by Apollo's response cache in
 * the record cache (store.ts): a warm trustReport is answered without resolving anything. Authentication
 * still runs on every request, since Apollo builds the context before it looks in the cache.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { isoDate } from '@equality-hub/domain';
import type { RecordCache } from '../cache';
import type { AppContext } from '../context';
import { cacheHintsPlugin } from './cache-policy';
import { responseStore } from './store';

export function responseCachePlugins(records: RecordCache, ttlSeconds: number): ApolloServerPlugin<AppContext>[] {
  // With the record cache off, responses are not cached either (and nothing is looked up).
  if (ttlSeconds === 0) return [];
  return [
    // Before cache control, which gives the hints it sets (see cacheHintsPlugin).
    cacheHintsPlugin(ttlSeconds),
    ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: false }),
    ApolloServerPluginResponseCache<AppContext>({
      cache: responseStore(records, ttlSeconds),
      // A report without asOf is judged on today, and "today" rules (the plan in force, a typed measure's
      // progress) apply even with one: an answer is never served on another day.
      extraCacheKeyData: async () => ({ today: isoDate() }),
      // A partial answer (a source down) is not kept. Its SOURCE_UNAVAILABLE errors are added by the
      // source-errors plugin in the same willSendResponse round, possibly after Apollo's own errors check.
      shouldWriteToCache: async ({ contextValue }) => contextValue.failures.size === 0,
    }),
  ];
}
