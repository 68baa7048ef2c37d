/**
 * Which responses may be cached, as cache hints for Apollo's cache control. A response is cacheable for
 * the record TTL when every root field it asks for is a public one below and it asks for no `@restricted`
 * field: the other root fields and the restricted ones get maxAge 0 (Apollo's default too), and one field
 * at 0 makes the whole response uncacheable.
 *
 * The public root fields read only Strapi's read-only routes (the data the record cache keeps too) and
 * answer every viewer alike: only the `@restricted` guard reads the viewer. Pay, workforce, recruitment
 * and audit data come from the restricted routes, through restricted fields only.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLResolveInfoWithCacheControl } from '@apollo/cache-control-types';
import type { AppContext } from '../context';
import { restrictedFields } from '../schema/restricted';
import { typeDefs } from '../schema/sdl';

/** Published content, the same for every viewer. (`sources` reports this very request, so it is not.) */
const PUBLIC_ROOT_FIELDS = new Set(['Query.academies', 'Query.academy', 'Query.trustReport', 'Query.trends']);

const RESTRICTED_FIELDS = new Set(restrictedFields(typeDefs));

/** The maxAge of a field (`Type.field`) in a response: 0 makes the whole response uncacheable. */
export function maxAgeOf(coordinate: string, ttlSeconds: number): number {
  if (coordinate.startsWith('Query.')) return PUBLIC_ROOT_FIELDS.has(coordinate) ? ttlSeconds : 0;
  return RESTRICTED_FIELDS.has(coordinate) ? 0 : ttlSeconds;
}

/**
 * Sets every field's hint from `maxAgeOf`. It must come before Apollo's cache control plugin in the
 * plugin list: Apollo calls willResolveField hooks last plugin first, and cache control's is the one that
 * gives `info.cacheControl`.
 */
export function cacheHintsPlugin(ttlSeconds: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              const coordinate = `${info.parentType.name}.${info.fieldName}`;
              (info as unknown as GraphQLResolveInfoWithCacheControl).cacheControl.setCacheHint({ maxAge: maxAgeOf(coordinate, ttlSeconds) });
            },
          };
        },
        // Only the aggregator's own cache hears Strapi's webhook, so no browser or proxy may keep a copy.
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
