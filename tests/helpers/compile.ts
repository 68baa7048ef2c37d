/** Compiles the Strapi app (cms/src and cms/config → cms/dist) once for the whole test run. */
import { compileStrapi } from '@strapi/strapi';
import { CMS_DIR } from './environment';

compileStrapi({ appDir: CMS_DIR }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
