/** Runs pay-gap-alone.ts in a fresh process (with --expose-gc), so its memory is its own. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../lib/strapi-app';
import type { PayGapAlone } from './pay-gap-alone';

export function payGapAlone(records: number, seed: number): PayGapAlone {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'pay-gap-alone.ts'), '--records', String(records), '--runs', '11', '--seed', String(seed)],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as PayGapAlone;
}
