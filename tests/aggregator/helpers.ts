/**
 * Runs the real aggregator in-process for a test, and talks to it as a client does (HTTP POST /graphql).
 */
import type { TestStrapi } from '../helpers/strapi';
import { request, type JsonResponse } from '../helpers/http';
import { requiredEnv } from '../helpers/environment';
import { parseSources, type AggregatorConfig } from '../../aggregator/src/config';
import { GRAPHQL_PATH, startAggregator, type Aggregator } from '../../aggregator/src/server';

export const DEMO_AS_OF = '2026-01-15';
export const DEMO_YEAR = '2025/26';
export const EXECUTIVE = { identifier: 'executive@equality-hub.test', password: 'Demo-Executive-2026' };

/** The demo Strapi as the Trust's own source, with the two tokens the seed wrote. */
export function trustSource(baseUrl: string, extra: Record<string, unknown> = {}) {
  return {
    name: 'trust',
    baseUrl,
    tokenFile: requiredEnv('AGGREGATOR_TOKEN_FILE'),
    restrictedTokenFile: requiredEnv('AGGREGATOR_RESTRICTED_TOKEN_FILE'),
    trust: true,
    ...extra,
  };
}

export async function startTestAggregator(sources: Record<string, unknown>[], overrides: Partial<AggregatorConfig> = {}): Promise<Aggregator> {
  return startAggregator(
    {
      port: 0,
      host: '127.0.0.1',
      sources: parseSources(JSON.stringify({ sources }), 'test sources'),
      production: false,
      // Off unless a test is about caching, so that every query reads its sources.
      cacheTtlSeconds: 0,
      redisPrefix: `eqhub:test:${process.pid}:`,
      authCacheSeconds: 30,
      staleAfterDays: 120,
      ...overrides,
    },
    { log: () => {} },
  );
}

export interface GraphqlBody {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export function graphql(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<GraphqlBody>> {
  return request<GraphqlBody>(`${url}${GRAPHQL_PATH}`, {
    method: 'POST',
    body: { query, variables: options.variables },
    token: options.token,
    headers: options.headers,
  });
}

/** Signs in on a Strapi source's users-permissions and returns the JWT. */
export async function signIn(strapiUrl: string, identifier: string, password: string): Promise<string> {
  const response = await request(`${strapiUrl}/api/auth/local`, { method: 'POST', body: { identifier, password } });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.jwt as string;
}

export const codes = (body: GraphqlBody) => (body.errors ?? []).map((error) => error.extensions?.code);

/** Creates a signed-in user without the Trust executive role (a governor) and returns their token. */
export async function signInNonExecutive(cms: TestStrapi): Promise<string> {
  const authenticated = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await cms.strapi.plugin('users-permissions').service('user').add({
    username: 'governor', email: 'governor@equality-hub.test', password: 'Governor-2026', provider: 'local', confirmed: true, blocked: false, role: authenticated.id,
  });
  return signIn(cms.url, 'governor@equality-hub.test', 'Governor-2026');
}
