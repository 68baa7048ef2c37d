/**
 * The public API that school websites read: GET only, published entries only.
 * Every route here is listed, with its action, in PUBLIC_ACTIONS (bootstrap grants exactly those).
 */
import { PLUGIN_ID } from '../constants';

/** Where the plugin's content-API routes are mounted. */
export const PUBLIC_PATH_PREFIX = `/${PLUGIN_ID}/`;

const cached = { middlewares: [`plugin::${PLUGIN_ID}.http-cache`] };

const collection = (path: string, controller: string) => [
  { method: 'GET', path: `/${path}`, handler: `${controller}.find`, config: cached },
  { method: 'GET', path: `/${path}/:id`, handler: `${controller}.findOne`, config: cached },
];

export const routes = [
  ...collection('academies', 'academy'),
  ...collection('plans', 'objectives-plan'),
  ...collection('objectives', 'objective'),
  ...collection('statements', 'statement'),
  ...collection('information', 'equality-information'),
  { method: 'GET', path: '/trust', handler: 'trust.find', config: cached },
  ...collection('trust-objectives', 'trust-objective'),
  { method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false as const } },
];

/** The content-API actions the Public role holds: the find/findOne of every authenticated route above. */
export const PUBLIC_ACTIONS = routes
  .filter((route) => !('auth' in route.config))
  .map((route) => `plugin::${PLUGIN_ID}.${route.handler}`);

export default { type: 'content-api' as const, routes };
