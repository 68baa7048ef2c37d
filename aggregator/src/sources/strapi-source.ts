/**
 * One Strapi source, read over its content API only: every page at the source's page size, each request
 * with its own timeout, at most `concurrency` requests at once, failed requests retried, and every
 * record parsed with its zod schema (a malformed record is left out and reported, never fatal here).
 * Restricted routes are read with the Trust's restricted token and never cached: special-category data
 * stays in the request that asked for it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { SourceConfig } from '../config';
import type { RecordCache } from '../cache';
import { createLimiter, type Limiter } from './limit';
import { encodeQuery, readKey, RECORD_TYPES, type ReadParams, type RecordTypeName, type TokenKind } from './record-types';
import type { FetchOutcome, FetchStats, RejectedRecord } from './outcome';

/** Strapi 5's flat REST envelope of a collection. */
const Envelope = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    }),
  }),
});

/** A failed request; `retry` says whether trying again could help. The message names no URL or token. */
class RequestFailure extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
  }
}

function describe(error: unknown, timeoutMs: number): RequestFailure {
  if (error instanceof RequestFailure) return error;
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new RequestFailure(`timed out after ${timeoutMs} ms`, true);
  const code = ((error as Error & { cause?: { code?: string } })?.cause?.code) ?? 'no answer';
  return new RequestFailure(`did not answer (${code})`, true);
}

/** A token from an environment variable or a file; `undefined` when neither holds one (yet). */
function readToken(file: string | undefined, variable: string | undefined): string | undefined {
  if (variable) return process.env[variable]?.trim() || undefined;
  if (!file) return undefined;
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export class StrapiSource {
  private readonly limit: Limiter;
  private readonly cacheScope: string;

  constructor(
    readonly config: SourceConfig,
    private readonly cache: RecordCache,
    private readonly cacheTtlSeconds: number,
  ) {
    this.limit = createLimiter(config.concurrency);
    // Two aggregators may name different Strapis alike: the key says which one, and how it was paged.
    const fingerprint = crypto.createHash('sha256').update(`${config.baseUrl}|${config.pageSize}`).digest('hex').slice(0, 12);
    this.cacheScope = `${config.name}:${fingerprint}`;
  }

  get name() {
    return this.config.name;
  }

  /** The read-only API token, read on each use: the seed may write it after the aggregator has started. */
  apiToken(): string | undefined {
    return readToken(this.config.tokenFile, this.config.tokenEnv);
  }

  /** Every record of a type; public types from the cache when it holds them. Never throws. */
  async read(type: RecordTypeName, params: ReadParams = {}): Promise<FetchOutcome> {
    const cacheable = RECORD_TYPES[type].token === 'read-only' && this.cacheTtlSeconds > 0;
    const key = `${this.cacheScope}:${readKey(type, params)}`;
    if (cacheable) {
      const cached = await this.cache.get<FetchOutcome>(key);
      if (cached) return cached;
    }
    const outcome = await this.fetchAll(type, params);
    // Failures are not cached: the next request tries again.
    if (outcome.ok && cacheable) await this.cache.set(key, outcome, this.cacheTtlSeconds);
    return outcome;
  }

  /** The token a type needs, or why there is none (a reason safe to show). */
  private token(kind: TokenKind): { token: string } | { missing: string } {
    if (kind === 'read-only') {
      const token = this.apiToken();
      return token ? { token } : { missing: 'has no API token yet (its token file or variable is empty)' };
    }
    const { restrictedTokenFile, restrictedTokenEnv } = this.config;
    if (!restrictedTokenFile && !restrictedTokenEnv) {
      return { missing: 'has no restricted API token configured (set restrictedTokenFile or restrictedTokenEnv on the Trust source)' };
    }
    // Read on each use, like the read-only token.
    const token = readToken(restrictedTokenFile, restrictedTokenEnv);
    return token ? { token } : { missing: 'has no restricted API token yet (its token file or variable is empty)' };
  }

  private async fetchAll(type: RecordTypeName, params: ReadParams): Promise<FetchOutcome> {
    const stats: FetchStats = { requests: 0, latencyMs: 0, retried: false };
    const base = { source: this.name, type };
    const kind = RECORD_TYPES[type].token;
    const credential = this.token(kind);
    if ('missing' in credential) return { ...base, ...stats, ok: false, reason: credential.missing };
    const { token } = credential;
    const page = (number: number) => this.page(this.url(type, number, params), token, kind, stats);
    try {
      const first = await page(1);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, first.meta.pagination.pageCount - 1) }, (_, index) => page(index + 2)),
      );
      const raw = [first, ...rest].flatMap((page) => page.data);
      const { records, rejected } = this.parse(type, raw);
      return { ...base, ...stats, ok: true, records, rejected, total: raw.length };
    } catch (error) {
      return { ...base, ...stats, ok: false, reason: describe(error, this.config.timeoutMs).message };
    }
  }

  private parse(type: RecordTypeName, raw: unknown[]) {
    const schema: z.ZodType = RECORD_TYPES[type].schema;
    const records: unknown[] = [];
    const rejected: RejectedRecord[] = [];
    for (const item of raw) {
      const result = schema.safeParse(item);
      if (result.success) {
        records.push(result.data);
        continue;
      }
      const record = (item ?? {}) as { documentId?: unknown; id?: unknown };
      const id = record.documentId ?? record.id;
      const [issue] = result.error.issues;
      rejected.push({
        type,
        id: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
        field: issue?.path.join('.') || '(record)',
        reason: result.error.issues.map((each) => (each.path.length ? `${each.path.join('.')}: ${each.message}` : each.message)).join('; '),
      });
    }
    return { records, rejected };
  }

  private url(type: RecordTypeName, page: number, params: ReadParams): string {
    const { path } = RECORD_TYPES[type];
    const query = encodeQuery({ ...RECORD_TYPES[type].page(page, this.config.pageSize), ...params });
    return `${this.config.baseUrl}${path}?${query.join('&')}`;
  }

  private async page(url: string, token: string, kind: TokenKind, stats: FetchStats) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.limit(() => this.request(url, token, kind, stats));
      } catch (error) {
        const failure = describe(error, this.config.timeoutMs);
        if (!failure.retry || attempt >= this.config.retries) throw failure;
        stats.retried = true;
      }
    }
  }

  private async request(url: string, token: string, kind: TokenKind, stats: FetchStats) {
    stats.requests += 1;
    const started = performance.now();
    try {
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      if (response.status === 401 || response.status === 403) {
        throw new RequestFailure(`refused the ${kind === 'restricted' ? 'restricted ' : ''}API token (HTTP ${response.status})`, false);
      }
      if (response.status >= 500 || response.status === 429) throw new RequestFailure(`answered HTTP ${response.status}`, true);
      if (!response.ok) throw new RequestFailure(`answered HTTP ${response.status}`, false);
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') throw error;
        throw new RequestFailure("answered with something that is not JSON", false);
      }
      const envelope = Envelope.safeParse(body);
      if (!envelope.success) throw new RequestFailure("answered with something that is not Strapi's content API", false);
      return envelope.data;
    } finally {
      stats.latencyMs = Math.max(stats.latencyMs, Math.round(performance.now() - started));
    }
  }
}
