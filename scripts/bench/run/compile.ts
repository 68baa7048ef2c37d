/**
 * Strapi is loaded from its compiled app (cms/dist), as the command-line tools load it: compiled here
 * when a source changed since (the packages themselves are built by `npm run build` before the bench).
 */
import { spawnSync } from 'node:child_process';
import { CMS_DIR, cmsIsCompiled, ROOT } from '../../lib/strapi-app';

export function ensureCompiled(log: (message: string) => void): void {
  if (cmsIsCompiled()) return;
  log('Compiling the Strapi app (cms/dist)…');
  const result = spawnSync(process.execPath, ['-e', `require('@strapi/strapi').compileStrapi({ appDir: ${JSON.stringify(CMS_DIR)} })`], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error('Compiling the Strapi app failed');
}
