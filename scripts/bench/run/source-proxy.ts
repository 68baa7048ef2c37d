/**
 * A Strapi source as the aggregator sees it, simulated by a small proxy in front of the one real Strapi:
 * - counts (and records) every request to the equality API, so upstream traffic is measured, not assumed;
 * - adds a fixed latency per request, to stand for a remote Strapi;
 * - can hold only some academies (their URNs added as filters to every academy-owned route), so twenty
 *   proxies in front of one Strapi act as twenty disjoint sources;
 * - can remember the answers it forwarded and then replay them from memory, so a source costs only its
 *   latency and no Strapi time (to tell the aggregator's part from the one Strapi's);
 * - can misbehave on demand for the fault runs: killed (the port closed, then reopened), answering after
 *   a delay, or answering malformed JSON.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Routes of academy-owned records, and the filter that holds them to some academies. */
const ACADEMY_FILTERS: Record<string, string> = {
  '/api/equality/academies': 'filters[urn][$in]',
  '/api/equality/plans': 'filters[academy][urn][$in]',
  '/api/equality/objectives': 'filters[academy][urn][$in]',
  '/api/equality/statements': 'filters[academy][urn][$in]',
  '/api/equality/information': 'filters[academy][urn][$in]',
};

const EQUALITY_API = '/api/equality/';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade']);

export type Misbehaviour = { kind: 'slow'; delayMs: number } | { kind: 'malformed' };

export interface SourceProxyOptions {
  target: string;
  latencyMs?: number;
  /** URNs this source holds; every academy-owned route is filtered to them. Unset: everything. */
  academies?: readonly string[];
  /** Keep every successful answer, for `replay`. */
  remember?: boolean;
}

export interface RecordedRequest {
  url: string;
  authorization: string | undefined;
}

export interface SourceProxy {
  url: string;
  /** Requests to the equality API since the last reset. */
  count(): number;
  /** Those requests, as sent upstream (filters included). */
  recorded(): RecordedRequest[];
  reset(): void;
  misbehave(how: Misbehaviour | null): void;
  /** Answers requests it has answered before from memory (after the latency), without asking Strapi. */
  replay(on: boolean): void;
  /** Closes the port and every open connection: the source is down (connection refused). */
  kill(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export function withAcademyFilter(url: string, academies: readonly string[] | undefined): string {
  const [path, query = ''] = url.split('?') as [string, string?];
  const filter = ACADEMY_FILTERS[path];
  if (!academies || !filter) return url;
  const params = new URLSearchParams(query);
  // An empty $in would match everything: a source with no academies asks for one that cannot exist.
  (academies.length ? academies : ['none']).forEach((urn, index) => params.append(`${filter}[${index}]`, urn));
  return `${path}?${params.toString()}`;
}

export async function startSourceProxy(options: SourceProxyOptions): Promise<SourceProxy> {
  const target = new URL(options.target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let recorded: RecordedRequest[] = [];
  let misbehaviour: Misbehaviour | null = null;
  let replaying = false;
  const remembered = new Map<string, { status: number; headers: http.OutgoingHttpHeaders; body: Buffer }>();

  const forward = (request: http.IncomingMessage, response: http.ServerResponse, url: string) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const name of ['authorization', 'accept', 'content-type', 'if-none-match']) {
      if (request.headers[name]) headers[name] = request.headers[name];
    }
    const upstream = http.request({ host: target.hostname, port: target.port, path: url, method: request.method, headers, agent }, (answer) => {
      const passed = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
      const status = answer.statusCode ?? 502;
      response.writeHead(status, passed);
      if (options.remember && status === 200) {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => remembered.set(`${request.headers.authorization} ${url}`, { status, headers: passed, body: Buffer.concat(chunks) }));
      }
      answer.pipe(response);
    });
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  };

  const handle = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = withAcademyFilter(request.url ?? '/', options.academies);
    if (url.startsWith(EQUALITY_API)) recorded.push({ url, authorization: request.headers.authorization });
    const how = misbehaviour;
    if (how?.kind === 'malformed') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[{"documentId":"half-a-rec');
      return;
    }
    const delay = (options.latencyMs ?? 0) + (how?.kind === 'slow' ? how.delayMs : 0);
    const memory = replaying ? remembered.get(`${request.headers.authorization} ${url}`) : undefined;
    const answer = memory ? () => response.writeHead(memory.status, memory.headers).end(memory.body) : () => forward(request, response, url);
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  };

  const server = http.createServer(handle);
  // Connections are kept alive by the aggregator; a killed source must drop them too.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const closeServer = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });

  return {
    url: `http://127.0.0.1:${port}`,
    count: () => recorded.length,
    recorded: () => [...recorded],
    reset: () => {
      recorded = [];
    },
    misbehave: (how) => {
      misbehaviour = how;
    },
    replay: (on) => {
      replaying = on;
    },
    kill: closeServer,
    restart: () => new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    }),
    close: async () => {
      await closeServer();
      agent.destroy();
    },
  };
}
