/**
 * `npm run -s import -- …` in a child process, on the calling test's database (startStrapi put it in the
 * environment), as beside a running `npm start`.
 */
import { execFile } from 'node:child_process';
import { ROOT } from './environment';

export interface ImportCliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, or null when it is not one JSON document. */
  json: any;
}

/** scripts/test.mjs has built everything: only a file's first run builds again, as a user's would. */
let built = false;

export function runImportCli(args: string[]): Promise<ImportCliRun> {
  const env = { ...process.env, IMPORT_SKIP_BUILD: String(built) };
  built = true;
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'import', '--', ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      let json: any = null;
      try {
        json = JSON.parse(stdout);
      } catch {
        // Left to the test that asserts on it.
      }
      resolve({ code, stdout, stderr, json });
    });
  });
}
