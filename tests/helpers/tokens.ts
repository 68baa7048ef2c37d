import fs from 'node:fs';
import { requiredEnv } from './environment';

/** The read-only token the seed created for the aggregator (a "Read Only" API token). */
export function aggregatorToken(): string {
  return fs.readFileSync(requiredEnv('AGGREGATOR_TOKEN_FILE'), 'utf8').trim();
}

/** The custom token holding exactly the restricted routes' scopes (pay and recruitment data). */
export function restrictedToken(): string {
  return fs.readFileSync(requiredEnv('AGGREGATOR_RESTRICTED_TOKEN_FILE'), 'utf8').trim();
}
