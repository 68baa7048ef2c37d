/**
 * Creates the Trust's admin roles and keeps their permissions as `permissions/roles.ts` defines them.
 * Idempotent: role permissions are diffed, so a boot changes nothing that is already right.
 *
 * Strapi's admin bootstraps after every plugin (it is a provider), and only then registers its own
 * actions and, on a fresh database, its default roles (which it skips if any role exists). So the app
 * calls `ensureRoles` from its own bootstrap, which runs after the admin's.
 */
import type { Core } from '@strapi/strapi';
import { ROLE } from '../constants';
import { rolePermissions, type PermissionSpec } from '../permissions/roles';

export const createRolesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensureRoles() {
    const roleService = strapi.service('admin::role');
    const { actionProvider } = strapi.service('admin::permission');
    const contentTypes = strapi.service('admin::content-type');
    const permissions = rolePermissions();

    const expand = (spec: PermissionSpec) => {
      const action = actionProvider.get(spec.action);
      if (!action) throw new Error(`Unknown admin action ${spec.action}`);
      if (!spec.subject) return [{ action: spec.action, subject: null, properties: {}, conditions: spec.conditions ?? [] }];
      const [permission] = contentTypes.getPermissionsWithNestedFields([{ ...action, subjects: [spec.subject] }]);
      const fields = permission.properties.fields as string[] | undefined;
      const kept = fields?.filter((field) => !spec.withoutFields?.some((left) => field === left || field.startsWith(`${left}.`)));
      return [{ ...permission, properties: fields ? { fields: kept } : {}, conditions: spec.conditions ?? [] }];
    };

    for (const [key, definition] of Object.entries(ROLE) as Array<[keyof typeof ROLE, (typeof ROLE)[keyof typeof ROLE]]>) {
      const role = (await strapi.db.query('admin::role').findOne({ where: { code: definition.code } })) ?? (await roleService.create(definition));
      await roleService.assignPermissions(role.id, permissions[key].flatMap(expand));
    }
  },

  async roleId(code: string): Promise<number> {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) throw new Error(`No admin role ${code}`);
    return role.id;
  },
});

export type RolesService = ReturnType<typeof createRolesService>;
