/**
 * API tokens of the demo. Strapi creates "Read Only" and "Full Access" tokens on a fresh database; a
 * full-access token could write through the content API, so it is removed. The aggregator gets its own
 * read-only token, whose key is written to a git-ignored file that the aggregator reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const AGGREGATOR_TOKEN_NAME = 'equality-aggregator';

/** The token Strapi 5.54 creates on a fresh database. */
const DEFAULT_FULL_ACCESS_TOKEN = 'Full Access';

/** Where the aggregator's token key is written: AGGREGATOR_TOKEN_FILE, or config/secrets/ at the top. */
export function aggregatorTokenFile(strapi: Core.Strapi): string {
  return process.env.AGGREGATOR_TOKEN_FILE ?? path.resolve(strapi.dirs.app.root, '..', 'config', 'secrets', 'aggregator.token');
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
  const file = aggregatorTokenFile(strapi);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
}
