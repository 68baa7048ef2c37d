/**
 * cms/.env holds Strapi's secrets. A fresh clone has none: the first `npm start` writes one with random
 * values (the file is git-ignored). Tests generate their own and never touch it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

const random = () => crypto.randomBytes(24).toString('base64');

/** A full set of random secrets, as environment variables. */
export function randomSecrets() {
  return {
    APP_KEYS: [random(), random(), random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    JWT_SECRET: random(),
    ENCRYPTION_KEY: random(),
  };
}

export function ensureEnvFile(file) {
  if (fs.existsSync(file)) return false;
  const lines = Object.entries(randomSecrets()).map(([key, value]) => `${key}=${value}`);
  fs.writeFileSync(file, `# Written by the first \`npm start\`: random secrets for this machine. Never commit.\n${lines.join('\n')}\n`, { mode: 0o600 });
  return true;
}
