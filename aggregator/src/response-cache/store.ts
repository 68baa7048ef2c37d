/**
 * Apollo's `KeyValueCache` over the record cache, so that whole responses live where the records they
 * were made from live (in memory, or in the Redis that several aggregators share) and under the same
 * generation: Strapi's webhook drops both at once.
 */
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { RecordCache } from '../cache';

const PREFIX = 'response:';

/** A response is kept no longer than its records may be reused, whatever maxAge Apollo asks for. */
export function responseStore(records: RecordCache, ttlSeconds: number): KeyValueCache<string> {
  return {
    get: (key) => records.get<string>(PREFIX + key),
    set: (key, value, options) => records.set(PREFIX + key, value, Math.min(options?.ttl ?? ttlSeconds, ttlSeconds)),
    delete: (key) => records.delete(PREFIX + key),
  };
}
