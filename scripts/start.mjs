/**
 * `npm start`: Strapi with the equality plugin on :1337 and the aggregator on :4000, on SQLite, with the
 * demo trust loaded. Writes cms/.env with random secrets on first run. Stops both on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEnvFile } from './env-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Strapi's webhook and the aggregator must share one secret; a fresh one per run unless it is set.
const env = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  AGGREGATOR_WEBHOOK_SECRET: process.env.AGGREGATOR_WEBHOOK_SECRET ?? crypto.randomBytes(24).toString('hex'),
};
const aggregatorPort = env.AGGREGATOR_PORT ?? '4000';
env.AGGREGATOR_WEBHOOK_URL ??= `http://127.0.0.1:${aggregatorPort}/webhooks/strapi`;

if (ensureEnvFile(path.join(root, 'cms', '.env'))) console.log('Wrote cms/.env with random secrets.');

// Each child leads its own process group, so that stopping reaches what `npx` starts underneath it.
const start = (command, args, options) => spawn(command, args, { ...options, stdio: 'inherit', detached: true });
const children = [
  start('npx', ['strapi', 'develop', '--no-watch-admin'], { cwd: path.join(root, 'cms'), env }),
  // Built by `npm run build`; reports the demo source as down until Strapi answers and its token exists.
  start(process.execPath, [path.join(root, 'aggregator', 'dist', 'index.js')], { cwd: root, env: { ...env, AGGREGATOR_PORT: aggregatorPort } }),
];

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
