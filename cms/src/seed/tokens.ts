/**
 * API tokens of the demo. Strapi creates "Read Only" and "Full Access" tokens on a fresh database; a
 * full-access token could write through the content API, so it is removed. The aggregator gets two tokens,
 * whose keys are written to git-ignored files that the aggregator reads:
 * - a read-only token, for published content;
 * - a custom token holding exactly the restricted routes' scopes (pay and recruitment data), and nothing
 *   else, so neither token alone reaches both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { RESTRICTED_ACTIONS } from '@equality-hub/strapi-plugin-equality/uids';

export const AGGREGATOR_TOKEN_NAME = 'equality-aggregator';
export const RESTRICTED_TOKEN_NAME = 'equality-aggregator-restricted';

/** The token Strapi 5.54 creates on a fresh database. */
const DEFAULT_FULL_ACCESS_TOKEN = 'Full Access';

/** Where the aggregator's token key is written: AGGREGATOR_TOKEN_FILE, or config/secrets/ at the top. */
export function aggregatorTokenFile(strapi: Core.Strapi): string {
  return process.env.AGGREGATOR_TOKEN_FILE ?? path.resolve(strapi.dirs.app.root, '..', 'config', 'secrets', 'aggregator.token');
}

/** Where the restricted token's key is written: AGGREGATOR_RESTRICTED_TOKEN_FILE, or beside the other. */
export function restrictedTokenFile(strapi: Core.Strapi): string {
  return process.env.AGGREGATOR_RESTRICTED_TOKEN_FILE ?? path.resolve(strapi.dirs.app.root, '..', 'config', 'secrets', 'aggregator-restricted.token');
}

function writeKey(file: string, key: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
}

export async function ensureApiTokens(strapi: Core.Strapi) {
  const tokens = strapi.service('admin::api-token-content-api');
  const fullAccess = await tokens.getByName(DEFAULT_FULL_ACCESS_TOKEN);
  if (fullAccess?.type === 'full-access') await tokens.revoke(fullAccess.id);

  let key: string | undefined;
  const existing = await tokens.getByName(AGGREGATOR_TOKEN_NAME, { includeDecryptedKey: true });
  if (existing) {
    key = existing.accessKey ?? (await tokens.regenerate(existing.id)).accessKey;
  } else {
    const created = await tokens.create({
      name: AGGREGATOR_TOKEN_NAME,
      description: 'Read-only access for the Equality Hub aggregator (published content only).',
      type: 'read-only',
      lifespan: null,
    });
    key = created.accessKey;
  }
  writeKey(aggregatorTokenFile(strapi), key!);
  writeKey(restrictedTokenFile(strapi), await ensureRestrictedToken(strapi));
}

/** The restricted token, its scopes set to exactly RESTRICTED_ACTIONS on every boot. */
async function ensureRestrictedToken(strapi: Core.Strapi): Promise<string> {
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = await tokens.getByName(RESTRICTED_TOKEN_NAME, { includeDecryptedKey: true });
  if (!existing) {
    const created = await tokens.create({
      name: RESTRICTED_TOKEN_NAME,
      description: "The aggregator's access to the Trust's pay and recruitment data (restricted routes only).",
      type: 'custom',
      permissions: [...RESTRICTED_ACTIONS],
      lifespan: null,
    });
    return created.accessKey;
  }
  const scopes = [...(existing.permissions ?? [])].sort();
  if (existing.type !== 'custom' || scopes.join() !== [...RESTRICTED_ACTIONS].sort().join()) {
    await tokens.update(existing.id, { type: 'custom', permissions: [...RESTRICTED_ACTIONS] });
  }
  return existing.accessKey ?? (await tokens.regenerate(existing.id)).accessKey;
}
