/**
 * One Strapi source, read over its content API only: every page at the source's page size, each request
 * with its own timeout, at most `concurrency` requests at once, failed requests retried, and every
 * record parsed with its zod schema (a malformed record is left out and reported, never fatal).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { SourceConfig } from '../config';
import type { RecordCache } from '../cache';
import { createLimiter, type Limiter } from './limit';
import { encodeQuery, RECORD_TYPES, type RecordTypeName } from './record-types';
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

  /** The API token, read on each use: the seed may write it after the aggregator has started. */
  apiToken(): string | undefined {
    const { tokenFile, tokenEnv } = this.config;
    if (tokenEnv) return process.env[tokenEnv]?.trim() || undefined;
    try {
      return fs.readFileSync(tokenFile!, 'utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** Every published record of a type; from the cache when it holds them. Never throws. */
  async read(type: RecordTypeName): Promise<FetchOutcome> {
    const key = `${this.cacheScope}:${type}`;
    if (this.cacheTtlSeconds > 0) {
      const cached = await this.cache.get<FetchOutcome>(key);
      if (cached) return cached;
    }
    const outcome = await this.fetchAll(type);
    // Failures are not cached: the next request tries again.
    if (outcome.ok && this.cacheTtlSeconds > 0) await this.cache.set(key, outcome, this.cacheTtlSeconds);
    return outcome;
  }

  private async fetchAll(type: RecordTypeName): Promise<FetchOutcome> {
    const stats: FetchStats = { requests: 0, latencyMs: 0, retried: false };
    const base = { source: this.name, type };
    const token = this.apiToken();
    if (!token) return { ...base, ...stats, ok: false, reason: 'has no API token yet (its token file or variable is empty)' };
    try {
      const first = await this.page(type, 1, token, stats);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, first.meta.pagination.pageCount - 1) }, (_, index) => this.page(type, index + 2, token, stats)),
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

  private url(type: RecordTypeName, page: number): string {
    const { path, populate } = RECORD_TYPES[type];
    const query = encodeQuery({
      populate,
      sort: ['id:asc'],
      pagination: { page, pageSize: this.config.pageSize },
    });
    return `${this.config.baseUrl}${path}?${query.join('&')}`;
  }

  private async page(type: RecordTypeName, page: number, token: string, stats: FetchStats) {
    const url = this.url(type, page);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.limit(() => this.request(url, token, stats));
      } catch (error) {
        const failure = describe(error, this.config.timeoutMs);
        if (!failure.retry || attempt >= this.config.retries) throw failure;
        stats.retried = true;
      }
    }
  }

  private async request(url: string, token: string, stats: FetchStats) {
    stats.requests += 1;
    const started = performance.now();
    try {
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      if (response.status === 401 || response.status === 403) throw new RequestFailure(`refused the API token (HTTP ${response.status})`, false);
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
