/**
 * A fault run against a real Strapi: the aggregator in its own process (as in production, no cache), the
 * Trust source read directly, and a "flaky" source — a proxy in front of the same Strapi holding a fifth
 * of the academies, authoritative for them — that the scenario kills, slows and garbles under load. The
 * aggregator's memory is sampled throughout.
 */
import { urnOf } from '../generate/synthetic-trust';
import { sampleMemory, type MemoryTrace } from '../measure/memory';
import { startAggregatorProcess } from '../run/aggregator-process';
import { LIGHT_REPORT_QUERY, REPORT_VARIABLES } from '../run/queries';
import { startSourceProxy } from '../run/source-proxy';
import type { StrapiProcess } from '../run/strapi-process';
import { phasesOf, runFaultScenario, type ScenarioReport } from './scenario';

/** The flaky source's timeout: a healthy answer never comes near it; the slow source answers a second after it. */
const FLAKY_TIMEOUT_MS = 2_000;

export interface FaultRun extends ScenarioReport {
  flakyAcademies: number;
  phaseSeconds: number;
  connections: number;
  memory: MemoryTrace;
}

export async function runFaults(options: { strapi: StrapiProcess; academies: number; phaseSeconds: number; connections: number; log: (message: string) => void }): Promise<FaultRun> {
  const { strapi } = options;
  const flaky = Array.from({ length: Math.max(1, Math.floor(options.academies / 5)) }, (_, index) => urnOf(options.academies - index));
  const proxy = await startSourceProxy({ target: strapi.url, academies: flaky });
  const aggregator = await startAggregatorProcess([
    { name: 'trust', baseUrl: strapi.url, tokenFile: strapi.tokenFile, trust: true, timeoutMs: 60_000 },
    { name: 'flaky', baseUrl: proxy.url, tokenFile: strapi.tokenFile, academies: flaky, timeoutMs: FLAKY_TIMEOUT_MS, retries: 1 },
  ], { cacheTtlSeconds: 0 });
  const memory = sampleMemory(aggregator.pid);
  try {
    const report = await runFaultScenario({
      url: aggregator.url,
      query: LIGHT_REPORT_QUERY,
      variables: REPORT_VARIABLES,
      academyCount: (data) => data.trustReport.academyCount,
      connections: options.connections,
      timeoutMs: 60_000,
      source: { name: 'flaky', proxy },
      phases: phasesOf(options.phaseSeconds * 1_000),
      minSamplesPerPhase: 5,
      // A slow answer takes two timeouts (one retry): phases wait long enough to see some whole, however short they were asked to be.
      maxPhaseMs: Math.max(60_000, options.phaseSeconds * 1_000 * 6),
      slowDelayMs: FLAKY_TIMEOUT_MS + 1_000,
      academies: { all: options.academies, withoutFaulty: options.academies - flaky.length },
      alive: async () => {
        if (aggregator.child.process.exitCode !== null || aggregator.child.process.signalCode !== null) return false;
        return (await fetch(`${aggregator.url}/healthz`).catch(() => null))?.ok ?? false;
      },
    });
    for (const phase of report.phases) {
      options.log(`  ${phase.fault.padEnd(9)} ${phase.answers} answers: ${phase.complete} complete, ${phase.partial} partial, ${phase.errors} errors, ${phase.unexpected} unexpected`);
    }
    return { ...report, flakyAcademies: flaky.length, phaseSeconds: options.phaseSeconds, connections: options.connections, memory: memory.stop() };
  } finally {
    memory.stop();
    await aggregator.stop();
    await proxy.close();
  }
}
