import type { Core } from '@strapi/strapi';
import { buildComponents } from './components';
import { validateWrites } from './document-middlewares/validate';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('components').add(buildComponents());
  strapi.documents.use(validateWrites);
};
