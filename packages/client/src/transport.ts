/**
 * GET requests to the public API over the platform's `fetch` (Node 20 and browsers alike), with a timeout
 * and errors that name the URL and say what went wrong.
 */
import { EqualityApiError } from './errors';
import { encodeQuery, type Query } from './query';

export interface TransportOptions {
  /** Where Strapi answers, e.g. `https://cms.example` (the public API is under `/api/equality`). */
  baseUrl: string;
  /** Defaults to the global `fetch`; pass one to add caching, logging or a proxy. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned; 10 000 unless set. */
  timeoutMs?: number;
}

export interface Transport {
  readonly baseUrl: string;
  /** The absolute URL of an API path with a query. */
  url(path: string, query?: Query): string;
  /** The JSON body of a successful GET. */
  getJson(path: string, query?: Query): Promise<{ url: string; body: unknown }>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** `https://cms.example/` → `https://cms.example`; anything but an absolute http(s) URL is refused. */
export function normaliseBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL such as https://cms.example, not "${baseUrl}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`baseUrl must be an http or https URL, not "${baseUrl}"`);
  }
  return parsed.href.replace(/\/+$/, '');
}

/** Strapi's error envelope: `{ error: { status, name, message } }`. */
function strapiMessage(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' && message ? message : undefined;
}

async function readBody(response: Response, url: string): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch (error) {
    if (!response.ok) return null;
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new EqualityApiError('invalid-response', `${url} did not answer with JSON (${type})`, url, response.status, { cause: error });
  }
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const url = (path: string, query: Query = {}) => {
    const search = encodeQuery(query);
    return `${baseUrl}${path}${search ? `?${search}` : ''}`;
  };

  return {
    baseUrl,
    url,
    async getJson(path, query) {
      const target = url(path, query);
      const doFetch = options.fetch ?? globalThis.fetch;
      if (typeof doFetch !== 'function') throw new TypeError('No fetch is available: pass one as the `fetch` option');
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await doFetch(target, { headers: { accept: 'application/json' }, signal: controller.signal });
        const body = await readBody(response, target);
        if (!response.ok) {
          const kind = response.status === 404 ? 'not-found' : 'http';
          const detail = strapiMessage(body) ?? response.statusText;
          throw new EqualityApiError(kind, `${target} answered ${response.status}${detail ? `: ${detail}` : ''}`, target, response.status);
        }
        return { url: target, body };
      } catch (error) {
        if (error instanceof EqualityApiError) throw error;
        const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : ((error as Error)?.message ?? String(error));
        throw new EqualityApiError('network', `Could not reach ${target}: ${reason}`, target, undefined, { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
