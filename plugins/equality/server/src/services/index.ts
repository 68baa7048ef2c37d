import { factories } from '@strapi/strapi';
import { UID } from '../constants';
import { createAdminLayoutService } from './admin-layout';
import { createPublicAccessService } from './public-access';
import { createRolesService } from './roles';
import { createTenancyService } from './tenancy';

export default {
  academy: factories.createCoreService(UID.ACADEMY),
  'objectives-plan': factories.createCoreService(UID.PLAN),
  objective: factories.createCoreService(UID.OBJECTIVE),
  statement: factories.createCoreService(UID.STATEMENT),
  'equality-information': factories.createCoreService(UID.INFORMATION),
  'trust-objective': factories.createCoreService(UID.TRUST_OBJECTIVE),
  'admin-layout': createAdminLayoutService,
  'public-access': createPublicAccessService,
  roles: createRolesService,
  tenancy: createTenancyService,
};
