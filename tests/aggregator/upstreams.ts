/**
 * Small HTTP servers that stand between the aggregator and Strapi in tests: a counting proxy in front
 * of a real Strapi (to count upstream requests), and a fake upstream that misbehaves on purpose (the only
 * fake in these tests: real Strapi cannot be made slow or malformed on demand).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function listen(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Forwards every request to `target` and counts them by path (without the query string). */
export async function countingProxy(target: string) {
  const counts = new Map<string, number>();
  const server = await listen(async (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const upstream = await fetch(`${target}${request.url}`, {
      method: request.method,
      headers: { authorization: request.headers.authorization ?? '', accept: 'application/json' },
    });
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  return {
    ...server,
    /** Requests to the equality API since the last reset. */
    total: () => [...counts].filter(([path]) => path.startsWith('/api/equality/')).reduce((sum, [, count]) => sum + count, 0),
    byPath: () => Object.fromEntries(counts),
    reset: () => counts.clear(),
  };
}

/** One page of Strapi's flat REST envelope holding `data`. */
export function page(data: unknown[]) {
  return { data, meta: { pagination: { page: 1, pageSize: 100, pageCount: data.length ? 1 : 0, total: data.length } } };
}
