/**
 * GET /equality/embed.js: the school-website web components (plugins/equality/embed, built into
 * dist/embed/embed.js by `npm run build`). A plain route on Strapi's root router, outside /api and its
 * permissions: any page on any site loads it with a `<script>` tag, and it reads only the public API.
 * Registered in bootstrap with `strapi.server.routes`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'koa';
import { PLUGIN_ID } from '../constants';

export const EMBED_SCRIPT_PATH = `/${PLUGIN_ID}/embed.js`;

const scriptFile = () =>
  path.join(path.dirname(require.resolve('@equality-hub/strapi-plugin-equality/package.json')), 'dist', 'embed', 'embed.js');

async function serveScript(ctx: Context) {
  const script = await fs.readFile(scriptFile()).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new Error(`${scriptFile()} has not been built: run \`npm run build\``) : error;
  });
  ctx.type = 'application/javascript; charset=utf-8';
  // Any site may load and run it; it is public and needs no cookies.
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.remove('Access-Control-Allow-Credentials');
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  ctx.body = script;
}

export const embedScriptRoutes = [
  {
    method: 'GET' as const,
    path: EMBED_SCRIPT_PATH,
    handler: serveScript,
    // Cache-Control, ETag and 304s as the public API has them: a new build reaches school sites within a minute.
    config: { auth: false as const, middlewares: [`plugin::${PLUGIN_ID}.http-cache`] },
  },
];
