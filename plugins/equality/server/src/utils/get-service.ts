import type { Core } from '@strapi/strapi';
import type { AdminLayoutService } from '../services/admin-layout';
import type { PublicAccessService } from '../services/public-access';
import type { RolesService } from '../services/roles';
import type { TenancyService } from '../services/tenancy';

interface Services {
  'admin-layout': AdminLayoutService;
  'public-access': PublicAccessService;
  roles: RolesService;
  tenancy: TenancyService;
}

/** The plugin's services, typed. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] {
  return strapi.plugin('equality').service(name) as Services[Name];
}
