import type { Core } from '@strapi/strapi';
import { buildComponents } from './components';
import { stampAcademyKey } from './document-middlewares/academy-key';
import { guardAuditTrail } from './document-middlewares/audit-append-only';
import { recordWrites } from './document-middlewares/audit-trail';
import { computeApprovedFigures } from './document-middlewares/pay-approval';
import { enforceTenancy } from './document-middlewares/tenancy';
import { validateWrites } from './document-middlewares/validate';
import scopedHomepageCounts from './middlewares/scoped-homepage-counts';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.get('components').add(buildComponents());
  // The audit trail first: nobody writes to it, and every write that gets through the rest is recorded.
  strapi.documents.use(guardAuditTrail);
  strapi.documents.use(recordWrites);
  // Then authorisation, so that a refused write learns nothing from validation messages.
  strapi.documents.use(enforceTenancy);
  strapi.documents.use(validateWrites);
  strapi.documents.use(stampAcademyKey);
  strapi.documents.use(computeApprovedFigures);
  // Outermost, so that it sees the admin user and the body the route produced.
  strapi.server.use(scopedHomepageCounts({ strapi }));
};
