/**
 * The HTTP server: Express 5 with Apollo mounted by `expressMiddleware`, the drain plugin so that
 * stopping waits for requests in flight, and the hardening the issue asks for (graphql-armor limits,
 * CSRF prevention, a small JSON body limit, introspection, suggestions and landing page off in
 * production, masked errors), the response cache (response-cache/), and the Board report
 * (board-report/), which runs its GraphQL operation through this same server.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { createAuthenticator, type Viewer } from './auth';
import { boardReportRouter } from './board-report';
import { createMemoryCache, createRedisCache, type RecordCache } from './cache';
import type { AggregatorConfig } from './config';
import type { AppContext } from './context';
import { formatError } from './errors';
import { createLoaders } from './loaders';
import { sourceErrorsPlugin } from './plugins/source-errors';
import { responseCachePlugins } from './response-cache';
import { resolvers } from './resolvers';
import { typeDefs } from './schema';
import type { FetchFailure } from './sources/outcome';
import { StrapiSource } from './sources/strapi-source';
import { webhookRouter } from './webhook';

export const GRAPHQL_PATH = '/graphql';

/** GraphQL requests are small; anything larger is refused before parsing. */
export const JSON_BODY_LIMIT = '32kb';

/** Sized so that every README query passes with room to spare, and abuse does not (tests prove both). */
export const ARMOR_LIMITS = {
  maxDepth: 9,
  maxAliases: 15,
  maxCost: 1_000,
  maxTokens: 2_000,
  maxDirectives: 20,
} as const;

export interface Aggregator {
  url: string;
  cache: RecordCache;
  sources: StrapiSource[];
  stop(): Promise<void>;
}

export interface StartOptions {
  log?: (message: string) => void;
}

export async function startAggregator(config: AggregatorConfig, options: StartOptions = {}): Promise<Aggregator> {
  const log = options.log ?? ((message: string) => console.log(`[aggregator] ${message}`));
  const cache = config.redisUrl ? createRedisCache(config.redisUrl, config.redisPrefix, log) : createMemoryCache();
  const sources = config.sources.map((source) => new StrapiSource(source, cache, config.cacheTtlSeconds));
  const trust = sources.find((source) => source.config.trust)!;
  const authenticate = createAuthenticator(trust, config.authCacheSeconds);
  /** One request's context: who asks, and that request's own loaders. */
  const contextFor = (viewer: Viewer): AppContext => {
    const failures = new Map<string, FetchFailure>();
    return { viewer, loaders: createLoaders(sources, failures), sources, failures, staleAfterDays: config.staleAfterDays };
  };

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const armor = new ApolloArmor({
    maxDepth: { n: ARMOR_LIMITS.maxDepth },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    costLimit: { maxCost: ARMOR_LIMITS.maxCost },
    // graphql-js's own parser limit (below) fails with a 400; armor's plugin would answer 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    // Suggestions are turned off below, by Apollo, in production only.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  const server = new ApolloServer<AppContext>({
    typeDefs,
    resolvers,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...protection.plugins,
      sourceErrorsPlugin(),
      ...responseCachePlugins(cache, config.cacheTtlSeconds),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDisableSuggestions()] : []),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await server.start();

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.use(webhookRouter(cache, config.webhookSecret, log));
  app.use(boardReportRouter({ server, contextFor, authenticate, trust, production: config.production, log }));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: JSON_BODY_LIMIT }),
    expressMiddleware(server, {
      context: async ({ req }) => contextFor(await authenticate(req.headers.authorization)),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  return {
    url,
    cache,
    sources,
    async stop() {
      await server.stop();
      await cache.close();
    },
  };
}
