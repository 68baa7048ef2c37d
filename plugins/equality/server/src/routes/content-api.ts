/**
 * The content-API routes, GET only:
 * - the public API that school websites read, published entries only; every one of these is listed,
 *   with its action, in PUBLIC_ACTIONS (bootstrap grants the Public role exactly those);
 * - the restricted routes under /api/equality/restricted/, for the aggregator's restricted token only,
 *   whose actions (RESTRICTED_ACTIONS) are deliberately not named find/findOne: Strapi 5.54's read-only
 *   tokens pass any find/findOne action.
 */
import { PLUGIN_ID, RESTRICTED_PATH_PREFIX, RESTRICTED_ROUTES } from '../constants';

/** Where the plugin's content-API routes are mounted. */
export const PUBLIC_PATH_PREFIX = `/${PLUGIN_ID}/`;

const cached = { middlewares: [`plugin::${PLUGIN_ID}.http-cache`] };

const collection = (path: string, controller: string) => [
  { method: 'GET', path: `/${path}`, handler: `${controller}.find`, config: cached },
  { method: 'GET', path: `/${path}/:id`, handler: `${controller}.findOne`, config: cached },
];

const publicRoutes = [
  ...collection('academies', 'academy'),
  ...collection('plans', 'objectives-plan'),
  ...collection('objectives', 'objective'),
  ...collection('statements', 'statement'),
  ...collection('information', 'equality-information'),
  { method: 'GET', path: '/trust', handler: 'trust.find', config: cached },
  ...collection('trust-objectives', 'trust-objective'),
  ...collection('pay-gap-reports', 'pay-gap-report'),
  { method: 'GET', path: '/pay-gap-reports/:id/gov-uk.csv', handler: 'pay-gap-report.govUkCsv', config: cached },
  { method: 'GET', path: '/plans/:id/export.docx', handler: 'plan-export.docx', config: cached },
  { method: 'GET', path: '/plans/:id/export.pdf', handler: 'plan-export.pdf', config: cached },
  { method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false as const } },
];

// Mounted under /api/equality: the prefix without the plugin's own segment.
const restrictedRoutes = RESTRICTED_ROUTES.map(({ path, handler }) => ({
  method: 'GET',
  path: `${RESTRICTED_PATH_PREFIX.slice(PLUGIN_ID.length + 1)}${path}`,
  handler,
  config: {},
}));

export const routes = [...publicRoutes, ...restrictedRoutes];

const actionOf = (route: { handler: string }) => `plugin::${PLUGIN_ID}.${route.handler}`;

/** The content-API actions the Public role holds: every authenticated public route above. */
export const PUBLIC_ACTIONS = publicRoutes.filter((route) => !('auth' in route.config)).map(actionOf);

export default { type: 'content-api' as const, routes };
