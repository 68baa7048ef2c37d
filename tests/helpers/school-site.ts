/**
 * A school's website on its own origin: a tiny HTTP server that serves fixed HTML pages, for browser tests
 * of what a school embeds from Strapi.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SchoolSite {
  /** `http://127.0.0.1:<port>` */
  url: string;
  close(): Promise<void>;
}

/** Serves `pages` (path → HTML); anything else is a 404. */
export async function startSchoolSite(pages: Record<string, string>): Promise<SchoolSite> {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://site').pathname];
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A plain page in the school's own layout, with the given markup in its main content. */
export function schoolPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<header><a href="/">St George's Academy</a></header>
<main>
<h1>${title}</h1>
${body}
<p><a href="/contact" id="after-embed">Contact the school</a></p>
</main>
</body>
</html>`;
}
