/**
 * Makes sure the copy of a size (`eqhub_bench_<academies>`) holds the synthetic trust of that size and
 * seed. With `--reuse-db`, a copy whose marker says so is used as it is. Otherwise the working database
 * `eqhub_bench` is grown to the size — from where it stands when it holds a smaller trust of the same seed
 * (so 10, 50, 100 load 100 academies in all), from empty otherwise — in parallel loader processes, each
 * writing through Strapi's Document Service, and then copied.
 */
import path from 'node:path';
import { runScript } from '../run/child';
import { benchDatabaseUrl, GENERATOR_VERSION, readMarker, recreateDatabase, writeMarker, type Marker } from './database';

export interface EnsureOptions {
  academies: number;
  seed: number;
  reuse: boolean;
  /** Loader processes working at once (BENCH_LOAD_PROCESSES). */
  processes: number;
  log: (message: string) => void;
}

const holds = (marker: Marker | null, seed: number, academies?: number): marker is Marker =>
  !!marker && marker.seed === seed && marker.generator === GENERATOR_VERSION && (academies === undefined || marker.academies === academies);

const LOADER = path.join(__dirname, 'load-command.ts');

export interface EnsuredTrust {
  databaseUrl: string;
  reused: boolean;
  loadedAt: string;
  /** Seconds this call spent loading (0 when reused). */
  loadSeconds: number;
}

export async function ensureSyntheticTrust({ academies, seed, reuse, processes, log }: EnsureOptions): Promise<EnsuredTrust> {
  const started = Date.now();
  const copy = benchDatabaseUrl(academies);
  const existing = await readMarker(copy);
  if (reuse && holds(existing, seed, academies)) {
    log(`Reusing ${new URL(copy).pathname.slice(1)}: ${academies} academies, seed ${seed}, loaded ${existing.loadedAt}.`);
    return { databaseUrl: copy, reused: true, loadedAt: existing.loadedAt, loadSeconds: 0 };
  }
  const working = benchDatabaseUrl();
  const marker = await readMarker(working);
  const from = holds(marker, seed) && marker.academies <= academies ? marker.academies : 0;
  if (from === 0) {
    log(`Creating ${new URL(working).pathname.slice(1)} and loading the Trust's own records…`);
    await recreateDatabase(working);
    await runScript(LOADER, ['--database', working, '--seed', String(seed), '--trust']);
  }
  await writeMarker(working, null);
  if (academies > from) {
    const workers = Math.max(1, Math.min(processes, academies - from));
    log(`Loading academies ${from + 1}–${academies} (seed ${seed}) through the Document Service, ${workers} process${workers === 1 ? '' : 'es'}…`);
    await Promise.all(
      Array.from({ length: workers }, (_, worker) =>
        runScript(LOADER, ['--database', working, '--seed', String(seed), '--first', String(from + 1 + worker), '--last', String(academies), '--stride', String(workers)]),
      ),
    );
    log(`Loaded ${academies - from} academies in ${Math.round((Date.now() - started) / 1000)} s.`);
  }
  const loadedAt = new Date().toISOString();
  await writeMarker(working, { seed, academies, generator: GENERATOR_VERSION, loadedAt });
  await recreateDatabase(copy, { template: working });
  return { databaseUrl: copy, reused: false, loadedAt, loadSeconds: Math.round((Date.now() - started) / 1000) };
}
