import type { Core } from '@strapi/strapi';
import type { AdminLayoutService } from '../services/admin-layout';
import type { AuditService } from '../services/audit';
import type { AuditRetentionService } from '../services/audit-retention';
import type { DeadlinesService } from '../services/deadlines';
import type { ObjectivesImportService } from '../services/objectives-import';
import type { PayFiguresService } from '../services/pay-figures';
import type { PayImportService } from '../services/pay-import';
import type { PlanExportService } from '../services/plan-export';
import type { PublicAccessService } from '../services/public-access';
import type { RemindersService } from '../services/reminders';
import type { RolesService } from '../services/roles';
import type { SentRemindersService } from '../services/sent-reminders';
import type { TenancyService } from '../services/tenancy';

interface Services {
  'admin-layout': AdminLayoutService;
  audit: AuditService;
  'audit-retention': AuditRetentionService;
  deadlines: DeadlinesService;
  'objectives-import': ObjectivesImportService;
  'pay-figures': PayFiguresService;
  'pay-import': PayImportService;
  'plan-export': PlanExportService;
  'public-access': PublicAccessService;
  reminders: RemindersService;
  roles: RolesService;
  'sent-reminders': SentRemindersService;
  tenancy: TenancyService;
}

/** The plugin's services, typed. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] {
  return strapi.plugin('equality').service(name) as Services[Name];
}
