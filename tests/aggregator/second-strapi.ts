/**
 * A second Strapi for the two-source test, in its own process (one Strapi per process). It starts from
 * an empty database, adds three academies (one whose URN the demo trust also has, one sharing a demo
 * slug), prints `{ url, token }` as one JSON line, and stops on SIGTERM.
 */
import { startStrapi } from '../helpers/strapi';
import { addAcademy, createReadOnlyToken } from './academies';

const SECOND_ACADEMIES = [
  { name: 'Riverside Academy', slug: 'riverside', urn: '150005' },
  // The demo trust's St George's, published here too: a conflict unless one source is authoritative.
  { name: "St George's School (second copy)", slug: 'st-georges', urn: '137001' },
  // A different academy with the demo's Oakfield slug: academy(slug) must refuse to guess.
  { name: 'Oakfield Primary (Second Site)', slug: 'oakfield-primary', urn: '150006' },
];

async function main() {
  const cms = await startStrapi({ empty: true, env: { SEED_DEMO: 'false' } });
  for (const academy of SECOND_ACADEMIES) await addAcademy(cms.strapi, academy, 1);
  const token = await createReadOnlyToken(cms.strapi);
  process.stdout.write(`${JSON.stringify({ url: cms.url, token })}\n`);
  const stop = () => void cms.stop().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
