import { factories } from '@strapi/strapi';
import { UID } from '../constants';
import { createAdminLayoutService } from './admin-layout';
import { createAuditService } from './audit';
import { createAuditRetentionService } from './audit-retention';
import { createDeadlinesService } from './deadlines';
import { createObjectivesImportService } from './objectives-import';
import { createPayFiguresService } from './pay-figures';
import { createPayImportService } from './pay-import';
import { createPlanExportService } from './plan-export';
import { createPublicAccessService } from './public-access';
import { createRemindersService } from './reminders';
import { createRolesService } from './roles';
import { createSentRemindersService } from './sent-reminders';
import { createTenancyService } from './tenancy';

export default {
  academy: factories.createCoreService(UID.ACADEMY),
  'objectives-plan': factories.createCoreService(UID.PLAN),
  objective: factories.createCoreService(UID.OBJECTIVE),
  statement: factories.createCoreService(UID.STATEMENT),
  'equality-information': factories.createCoreService(UID.INFORMATION),
  'trust-objective': factories.createCoreService(UID.TRUST_OBJECTIVE),
  'admin-layout': createAdminLayoutService,
  audit: createAuditService,
  'audit-retention': createAuditRetentionService,
  deadlines: createDeadlinesService,
  'objectives-import': createObjectivesImportService,
  'pay-figures': createPayFiguresService,
  'pay-import': createPayImportService,
  'plan-export': createPlanExportService,
  'public-access': createPublicAccessService,
  reminders: createRemindersService,
  roles: createRolesService,
  'sent-reminders': createSentRemindersService,
  tenancy: createTenancyService,
};
