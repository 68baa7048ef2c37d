/**
 * Boots Strapi once on the template database so that its bootstrap seeds the demo trust, then stops.
 * Every test file starts from a copy of this database.
 */
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { CMS_DIR, TEST_DEMO_TODAY } from './environment';

async function main() {
  Object.assign(process.env, { DEMO_TODAY: TEST_DEMO_TODAY, SERVE_ADMIN_PANEL: 'false', CRON_ENABLED: 'false', LOG_LEVEL: 'warn' });
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
  await strapi.destroy();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
