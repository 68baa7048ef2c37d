/**
 * Twenty sources, simulated: twenty latency proxies (20 ms each) in front of the one Strapi, each holding
 * — and authoritative for — a disjoint twentieth of the academies, so none is a conflict. The cold
 * trustReport over all twenty at once is compared with each source alone (an aggregator configured with
 * that source only), with the sum of those (what reading the sources one after another would cost), and
 * with one source holding every academy (the same records and report, without the fan-out).
 *
 * Everything is measured twice: live, with the one Strapi answering for all twenty; and from memory, the
 * proxies replaying the answers they forwarded, so each source costs its latency only — as twenty Strapis
 * on machines of their own would, and what the aggregator itself adds to fanning out.
 */
import { startAggregatorProcess, type SourceEntry } from '../run/aggregator-process';
import { queryOk } from '../run/graphql';
import { REPORT_QUERY, REPORT_VARIABLES } from '../run/queries';
import { startSourceProxy, type SourceProxy } from '../run/source-proxy';
import type { StrapiProcess } from '../run/strapi-process';
import { percentile, summarise, time, type Summary } from './stats';

export interface SourcesFigures {
  together: Summary;
  /** Each source alone: its median. */
  alone: number[];
  /** The median source alone: "one source's latency". */
  oneSource: number;
  sequentialSum: number;
  /** One source holding every academy, at the same latency: the same records and report, no fan-out. */
  wholeTrust: number;
}

export interface MultiSourceResult {
  sources: number;
  latencyMs: number;
  /** The one Strapi answering for every source. */
  live: SourcesFigures;
  /** Every source answering from memory after its latency. */
  fromMemory: SourcesFigures;
}

const figures = (together: Summary, alone: number[], wholeTrust: number): SourcesFigures => ({
  together,
  alone,
  oneSource: percentile(alone, 50),
  sequentialSum: alone.reduce((sum, value) => sum + value, 0),
  wholeTrust,
});

/** Academies dealt out in turn, so every source holds a twentieth (give or take one). */
export function deal<T>(items: readonly T[], hands: number): T[][] {
  return Array.from({ length: hands }, (_, hand) => items.filter((_item, index) => index % hands === hand));
}

export async function multiSource(options: {
  strapi: StrapiProcess;
  urns: string[];
  sources: number;
  latencyMs: number;
  runs: number;
  aloneRuns: number;
  log: (message: string) => void;
}): Promise<MultiSourceResult> {
  const { strapi } = options;
  const shares = deal(options.urns, options.sources);
  const proxies: SourceProxy[] = await Promise.all(
    shares.map((academies) => startSourceProxy({ target: strapi.url, latencyMs: options.latencyMs, academies, remember: true })),
  );
  const whole = await startSourceProxy({ target: strapi.url, latencyMs: options.latencyMs, remember: true });
  const replay = (on: boolean, only?: SourceProxy) => (only ? [only] : proxies).forEach((proxy) => proxy.replay(on));
  const entry = (index: number, trust: boolean): SourceEntry => ({
    name: `source-${index + 1}`, baseUrl: proxies[index]!.url, tokenFile: strapi.tokenFile, trust, academies: shares[index]!, timeoutMs: 60_000,
  });
  const report = (url: string, academies: number) => async () => {
    const data = await queryOk(url, REPORT_QUERY, { variables: REPORT_VARIABLES });
    if (data.trustReport.academyCount !== academies) throw new Error(`expected ${academies} academies, got ${data.trustReport.academyCount}`);
  };
  try {
    options.log(`  ${options.sources} sources at ${options.latencyMs} ms, together (${options.runs} runs live, ${options.runs} from memory)…`);
    const all = await startAggregatorProcess(shares.map((_share, index) => entry(index, index === 0)), { cacheTtlSeconds: 0 });
    let together: { live: Summary; memory: Summary };
    try {
      // The live runs (their untimed first one included) also fill the proxies' memories.
      const live = summarise(await time(report(all.url, options.urns.length), options.runs));
      replay(true);
      together = { live, memory: summarise(await time(report(all.url, options.urns.length), options.runs, 0)) };
    } finally {
      replay(false);
      await all.stop();
    }
    options.log(`  …and each alone (${options.aloneRuns} runs each, live and from memory)…`);
    const alone = { live: [] as number[], memory: [] as number[] };
    for (const [index, share] of shares.entries()) {
      const one = await startAggregatorProcess([entry(index, true)], { cacheTtlSeconds: 0 });
      try {
        alone.live.push(percentile(await time(report(one.url, share.length), options.aloneRuns), 50));
        replay(true, proxies[index]);
        alone.memory.push(percentile(await time(report(one.url, share.length), options.aloneRuns, 0), 50));
      } finally {
        replay(false, proxies[index]);
        await one.stop();
      }
    }
    options.log(`  …and one source holding every academy (${options.runs} runs, live and from memory)…`);
    const one = await startAggregatorProcess([{ name: 'whole-trust', baseUrl: whole.url, tokenFile: strapi.tokenFile, trust: true, timeoutMs: 60_000 }], { cacheTtlSeconds: 0 });
    let wholeTrust: { live: number; memory: number };
    try {
      const live = percentile(await time(report(one.url, options.urns.length), options.runs), 50);
      whole.replay(true);
      wholeTrust = { live, memory: percentile(await time(report(one.url, options.urns.length), options.runs, 0), 50) };
    } finally {
      await one.stop();
    }
    return {
      sources: options.sources,
      latencyMs: options.latencyMs,
      live: figures(together.live, alone.live, wholeTrust.live),
      fromMemory: figures(together.memory, alone.memory, wholeTrust.memory),
    };
  } finally {
    await Promise.all([...proxies, whole].map((proxy) => proxy.close()));
  }
}
