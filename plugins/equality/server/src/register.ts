import type { Core } from '@strapi/strapi';
import { buildComponents } from './components';
import { stampAcademyKey } from './document-middlewares/academy-key';
import { enforceTenancy } from './document-middlewares/tenancy';
import { validateWrites } from './document-middlewares/validate';
import scopedHomepageCounts from './middlewares/scoped-homepage-counts';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('components').add(buildComponents());
  // Authorisation first, so that a refused write learns nothing from validation messages.
  strapi.documents.use(enforceTenancy);
  strapi.documents.use(validateWrites);
  strapi.documents.use(stampAcademyKey);
  // Outermost, so that it sees the admin user and the body the route produced.
  strapi.server.use(scopedHomepageCounts({ strapi }));
};
