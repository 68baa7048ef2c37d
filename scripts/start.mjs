/**
 * `npm start`: Strapi with the equality plugin on :1337 and the aggregator on :4000, on SQLite, with the
 * demo trust loaded. Writes cms/.env with random secrets on first run. Stops both on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEnvFile } from './env-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };

if (ensureEnvFile(path.join(root, 'cms', '.env'))) console.log('Wrote cms/.env with random secrets.');

const children = [
  spawn('npx', ['strapi', 'develop', '--no-watch-admin'], { cwd: path.join(root, 'cms'), env, stdio: 'inherit' }),
];

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
