/**
 * Child process of the bench: loads part of the synthetic trust `--seed` into `--database`: the Trust's
 * own records (`--trust`), or academies `--first`, `--first + --stride`, … up to `--last`. Several run at
 * once, each on its own share of the academies; each is a process of its own, with its own Strapi.
 */
import { parseArgs } from 'node:util';
import { untilDatabaseIdle } from '../../lib/strapi-app';
import { bootStrapi } from './boot';
import { loadAcademies, loadTrustRecords } from './load-trust';

async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string' }, seed: { type: 'string' }, trust: { type: 'boolean' },
      first: { type: 'string', default: '1' }, last: { type: 'string', default: '0' }, stride: { type: 'string', default: '1' },
    },
  });
  const [seed, first, last, stride] = [values.seed, values.first, values.last, values.stride].map(Number);
  if (!values.database || ![seed, first, last, stride].every(Number.isInteger)) {
    throw new Error('usage: load-command --database URL --seed N (--trust | --first N --last N --stride N)');
  }
  const strapi = await bootStrapi(values.database);
  try {
    if (values.trust) await loadTrustRecords(strapi);
    else await loadAcademies(strapi, { seed: seed!, first: first!, last: last!, stride: stride!, log: (message) => process.stderr.write(`${message}\n`) });
  } finally {
    await untilDatabaseIdle(strapi);
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
