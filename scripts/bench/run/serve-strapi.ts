/**
 * Child process of the bench: Strapi serving one bench database over HTTP on an ephemeral port, with the
 * aggregator's two API tokens (written by the cms seed's own `ensureApiTokens` to `--secrets`) and the
 * bench executive. Prints one line, `READY <url>`, once it listens; stops cleanly on SIGTERM.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CMS_DIST_DIR, untilDatabaseIdle } from '../../lib/strapi-app';
import { bootStrapi } from '../load/boot';
import { ensureBenchExecutive } from '../load/executive';

async function main() {
  const { values } = parseArgs({ options: { database: { type: 'string' }, secrets: { type: 'string' } } });
  if (!values.database || !values.secrets) throw new Error('usage: serve-strapi --database URL --secrets DIR');
  const strapi = await bootStrapi(values.database, {
    HOST: '127.0.0.1',
    PORT: '0',
    AGGREGATOR_TOKEN_FILE: path.join(values.secrets, 'aggregator.token'),
    AGGREGATOR_RESTRICTED_TOKEN_FILE: path.join(values.secrets, 'aggregator-restricted.token'),
  });
  const { ensureApiTokens } = require(path.join(CMS_DIST_DIR, 'src', 'seed', 'tokens.js')) as typeof import('../../../cms/src/seed/tokens');
  await ensureApiTokens(strapi);
  await ensureBenchExecutive(strapi);
  await strapi.listen();
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port');
  process.stdout.write(`READY http://127.0.0.1:${address.port}\n`);
  const stop = async () => {
    await untilDatabaseIdle(strapi);
    await strapi.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
