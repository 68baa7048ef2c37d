/**
 * Child processes of the bench: the loader, Strapi and the aggregator each run in a process of their own,
 * so that the bench's own clients never share an event loop with what they measure. Each child leads its
 * own process group and is stopped through it, never by name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { ROOT } from '../../lib/strapi-app';

export interface Child {
  process: ChildProcess;
  pid: number;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  stop(): Promise<void>;
}

/** Children still running: stopped with the bench when it is interrupted or exits. */
const running = new Set<number>();
let cleanupInstalled = false;

function stopAllOnExit() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const killAll = () => {
    for (const pid of running) {
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

export function startChild(args: string[], options: { env?: NodeJS.ProcessEnv; stdout?: (line: string) => void } = {}): Child {
  stopAllOnExit();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  running.add(child.pid!);
  child.once('exit', () => running.delete(child.pid!));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const lines = readline.createInterface({ input: child.stdout! });
  lines.on('line', (line) => (options.stdout ?? ((text: string) => process.stderr.write(`${text}\n`)))(line));
  return {
    process: child,
    pid: child.pid!,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return;
      }
      const killLater = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 10_000);
      await exited;
      clearTimeout(killLater);
    },
  };
}

/** Runs a TypeScript entry point of the bench to the end; throws when it fails. */
export async function runScript(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = startChild(['--import', 'tsx', file, ...args], { env });
  const code = await child.exited;
  if (code !== 0) throw new Error(`${file} ${args.join(' ')} failed (${code})`);
}

/** Starts a child and waits for the first stdout line that `ready` recognises; other lines go to stderr unless `quiet`. */
export function startUntilReady<T>(args: string[], ready: (line: string) => T | undefined, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; quiet?: boolean } = {}): Promise<{ child: Child; value: T }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const child = startChild(args, {
      env: options.env,
      stdout: (line) => {
        const value = settled ? undefined : ready(line);
        if (value === undefined) return void (options.quiet || process.stderr.write(`${line}\n`));
        settled = true;
        clearTimeout(timer);
        resolve({ child, value });
      },
    });
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      void child.stop();
      reject(new Error(`${args.join(' ')} was not ready within ${options.timeoutMs ?? 180_000} ms`));
    }, options.timeoutMs ?? 180_000);
    void child.exited.then((code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${code}) before it was ready`));
    });
  });
}
