/**
 * Builds the school-website web components into one dependency-free ES2019 script,
 * plugins/equality/dist/embed/embed.js, which Strapi serves at /equality/embed.js. Run by `npm run build`.
 *
 * The client's core and the vocabulary are bundled from their TypeScript sources (the `source` export
 * condition), so that only what the components use is shipped: no zod, no third-party code at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, '..', 'dist', 'embed', 'embed.js');
const target = 'es2019';

const { metafile } = await build({
  entryPoints: [path.join(here, 'src', 'index.ts')],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target,
  conditions: ['source'],
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // The domain's pay gap rounding uses BigInt literals; esbuild reads that module although it is never
  // bundled. The finished script is checked for them below instead.
  logOverride: { bigint: 'silent' },
});

const bundled = Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs));
const thirdParty = bundled.filter((input) => input.includes('node_modules'));
if (thirdParty.length > 0) throw new Error(`embed.js must not bundle third-party code, but includes ${thirdParty.join(', ')}`);
await transform(fs.readFileSync(outfile, 'utf8'), { target, logOverride: { bigint: 'error' }, logLevel: 'silent' });
