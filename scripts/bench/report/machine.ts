/** What the figures were measured on (the machine, and the code's commit), and how busy the machine was. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  postgres: string;
}

export function machine(postgres: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    postgres,
  };
}

/** `uptime`'s own line (load averages over 1, 5 and 15 minutes), or the load averages when it is missing. */
export function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`;
  }
}

export interface Checkout {
  commit: string;
  /** No uncommitted change to a tracked file: the figures are the commit's. */
  clean: boolean;
}

export function checkout(): Checkout {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  return { commit: git('rev-parse', '--short', 'HEAD'), clean: git('status', '--porcelain', '--untracked-files=no') === '' };
}
