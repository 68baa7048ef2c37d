/** Starts the bench Strapi (serve-strapi.ts) on one bench database and waits until it listens. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startUntilReady, type Child } from './child';

export interface StrapiProcess {
  url: string;
  pid: number;
  tokenFile: string;
  restrictedTokenFile: string;
  child: Child;
  stop(): Promise<void>;
}

export async function startStrapiProcess(databaseUrl: string): Promise<StrapiProcess> {
  const secrets = fs.mkdtempSync(path.join(os.tmpdir(), 'eqhub-bench-secrets-'));
  const { child, value: url } = await startUntilReady(
    ['--import', 'tsx', path.join(__dirname, 'serve-strapi.ts'), '--database', databaseUrl, '--secrets', secrets],
    (line) => /^READY (\S+)$/.exec(line)?.[1],
    // Strapi's start-up banner is noise here; its errors go to stderr all the same.
    { timeoutMs: 300_000, quiet: true },
  );
  return {
    url,
    pid: child.pid,
    tokenFile: path.join(secrets, 'aggregator.token'),
    restrictedTokenFile: path.join(secrets, 'aggregator-restricted.token'),
    child,
    async stop() {
      await child.stop();
      fs.rmSync(secrets, { recursive: true, force: true });
    },
  };
}
