/**
 * The aggregator's configuration: the Strapi sources (from a file under config/ or an environment
 * variable) and the server settings (from the environment), validated once at start-up. A bad entry
 * stops the service with a message that names it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_STALE_AFTER_DAYS, Urn } from '@equality-hub/domain';

/** Strapi's content API caps page sizes at 100 (cms/config/api.ts). */
export const MAX_PAGE_SIZE = 100;

export const SourceConfig = z
  .object({
    /** Shown in `sources` and in errors; lower-case words joined by hyphens. */
    name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
    baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((url) => url.replace(/\/+$/, '')),
    /** A file holding a read-only API token (relative paths resolve against the working directory). */
    tokenFile: z.string().min(1).optional(),
    /** Or an environment variable holding it. */
    tokenEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name').optional(),
    /** The Trust's own source: the Trust record, Trust objectives and executives' accounts. */
    trust: z.boolean().default(false),
    /**
     * The Trust source only: a file (or environment variable) holding the custom API token of the
     * restricted routes (pay and recruitment data). Without it those queries report a source error.
     */
    restrictedTokenFile: z.string().min(1).optional(),
    restrictedTokenEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name').optional(),
    /** URNs of the academies this source is authoritative for. */
    academies: z.array(Urn).default([]),
    timeoutMs: z.number().int().min(50).max(60_000).default(5_000),
    concurrency: z.number().int().min(1).max(16).default(4),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(MAX_PAGE_SIZE),
    retries: z.number().int().min(0).max(3).default(1),
  })
  .strict()
  .superRefine((source, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((source.tokenFile ? 1 : 0) + (source.tokenEnv ? 1 : 0) !== 1) {
      issue('tokenFile', 'needs exactly one of tokenFile or tokenEnv (a read-only API token)');
    }
    const restricted = source.restrictedTokenFile ? 'restrictedTokenFile' : source.restrictedTokenEnv ? 'restrictedTokenEnv' : null;
    if (restricted === null) return;
    if (!source.trust) issue(restricted, 'is only allowed on the Trust source ("trust": true): pay and recruitment data live there');
    if (source.restrictedTokenFile && source.restrictedTokenEnv) issue('restrictedTokenFile', 'give one of restrictedTokenFile or restrictedTokenEnv, not both');
    if ((source.restrictedTokenFile && source.restrictedTokenFile === source.tokenFile) || (source.restrictedTokenEnv && source.restrictedTokenEnv === source.tokenEnv)) {
      issue(restricted, 'must name a different token from the read-only one');
    }
  });
export type SourceConfig = z.infer<typeof SourceConfig>;

export const SourcesConfig = z
  .object({ sources: z.array(SourceConfig).min(1, 'needs at least one source') })
  .strict()
  .superRefine(({ sources }, ctx) => {
    const seen = new Set<string>();
    sources.forEach((source, index) => {
      if (seen.has(source.name)) ctx.addIssue({ code: 'custom', path: ['sources', index, 'name'], message: `"${source.name}" is used twice` });
      seen.add(source.name);
    });
    const trust = sources.filter((source) => source.trust).length;
    if (trust !== 1) ctx.addIssue({ code: 'custom', path: ['sources'], message: `exactly one source must have "trust": true (found ${trust})` });
  });
export type SourcesConfig = z.infer<typeof SourcesConfig>;

export interface AggregatorConfig {
  port: number;
  host: string;
  sources: SourceConfig[];
  production: boolean;
  /** Seconds a source's records are reused; 0 turns caching off. */
  cacheTtlSeconds: number;
  redisUrl?: string;
  redisPrefix: string;
  /** Shared with Strapi's webhook; without it the webhook endpoint is off. */
  webhookSecret?: string;
  authCacheSeconds: number;
  staleAfterDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** `sources[1] ("academy-b").baseUrl: must be an http(s) URL` */
function describeIssues(error: z.ZodError, raw: unknown): string {
  return error.issues
    .map((issue) => {
      const [first, index, ...rest] = issue.path;
      let where = issue.path.join('.');
      if (first === 'sources' && typeof index === 'number') {
        const name = (raw as { sources?: { name?: unknown }[] }).sources?.[index]?.name;
        where = `sources[${index}]${typeof name === 'string' ? ` ("${name}")` : ''}${rest.length ? `.${rest.join('.')}` : ''}`;
      }
      return `${where || 'sources config'}: ${issue.message}`;
    })
    .join('\n');
}

export function parseSources(text: string, origin: string): SourceConfig[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
  const result = SourcesConfig.safeParse(raw);
  if (!result.success) throw new ConfigError(`${origin} is invalid:\n${describeIssues(result.error, raw)}`);
  return result.data.sources;
}

const Env = z.object({
  AGGREGATOR_PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  AGGREGATOR_HOST: z.string().min(1).default('127.0.0.1'),
  AGGREGATOR_SOURCES: z.string().optional(),
  AGGREGATOR_SOURCES_FILE: z.string().default(path.join('config', 'sources.json')),
  AGGREGATOR_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3_600).default(30),
  AGGREGATOR_AUTH_CACHE_SECONDS: z.coerce.number().int().min(0).max(600).default(30),
  AGGREGATOR_STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3_650).default(DEFAULT_STALE_AFTER_DAYS),
  AGGREGATOR_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
  AGGREGATOR_REDIS_PREFIX: z.string().min(1).default('eqhub:aggregator:'),
  NODE_ENV: z.string().optional(),
});

/** Reads the whole configuration from the environment (and the sources file it names). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AggregatorConfig {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const vars = parsed.data;
  let sources: SourceConfig[];
  if (vars.AGGREGATOR_SOURCES) {
    sources = parseSources(vars.AGGREGATOR_SOURCES, 'AGGREGATOR_SOURCES');
  } else {
    const file = path.resolve(vars.AGGREGATOR_SOURCES_FILE);
    if (!fs.existsSync(file)) throw new ConfigError(`No sources: ${file} does not exist and AGGREGATOR_SOURCES is not set`);
    sources = parseSources(fs.readFileSync(file, 'utf8'), file);
  }
  return {
    port: vars.AGGREGATOR_PORT,
    host: vars.AGGREGATOR_HOST,
    sources,
    production: vars.NODE_ENV === 'production',
    cacheTtlSeconds: vars.AGGREGATOR_CACHE_TTL_SECONDS,
    redisUrl: vars.REDIS_URL,
    redisPrefix: vars.AGGREGATOR_REDIS_PREFIX,
    webhookSecret: vars.AGGREGATOR_WEBHOOK_SECRET,
    authCacheSeconds: vars.AGGREGATOR_AUTH_CACHE_SECONDS,
    staleAfterDays: vars.AGGREGATOR_STALE_AFTER_DAYS,
  };
}
