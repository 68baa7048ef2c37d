/**
 * The issue's targets, judged on a bench result: for each, whether it is met, the figure, and by how much
 * it is met or missed. What a miss means and what would close it is said in write.ts, beside the figures.
 */
import type { FaultRun } from '../faults/run-faults';
import type { LoadResult } from '../measure/load-test';
import type { MultiSourceResult, SourcesFigures } from '../measure/multi-source';
import type { PayGapAlone } from '../measure/pay-gap-alone';
import type { SizeResult } from '../measure/size-run';

export type TargetId = 'formula' | 'cold-vs-transport' | 'warm' | 'naive' | 'sources' | 'pay-gap' | 'load-and-faults';

export interface Verdict {
  id: TargetId;
  target: string;
  met: boolean | null;
  /** The figure, and the margin: "1.21× (0.29 under)". */
  figure: string;
}

export interface Judged {
  sizes: SizeResult[];
  multi: (MultiSourceResult & { academies: number })[];
  payGap: PayGapAlone;
  load?: { cold: LoadResult; warm: LoadResult };
  faults?: FaultRun;
}

const ratio = (value: number) => `${value.toFixed(2)}×`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : Math.round(value)} ms`;

function worst<T>(items: readonly T[], score: (item: T) => number): T {
  return items.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/** Fewer answers than this in a load run say nothing about memory over time (a few reports in flight at once). */
export const MEMORY_JUDGED_FROM_REQUESTS = 30;

export const judgesMemory = (run: LoadResult) => run.requests >= MEMORY_JUDGED_FROM_REQUESTS;

export function loadErrors(result: LoadResult): number {
  return result.non2xx + result.timeouts + result.socketErrors + result.graphqlErrors;
}

/**
 * Memory is steady when the last third of a run sets no new high over the middle third (within 10 % and
 * 5 MB): the heap may grow to its working size early on, but a leak keeps growing to the end.
 */
export function memorySteady(trace: { middlePeakMb: number; lastPeakMb: number }): boolean {
  return trace.lastPeakMb <= trace.middlePeakMb * 1.1 + 5;
}

export function judge({ sizes, multi, payGap, load, faults }: Judged): Verdict[] {
  const verdicts: Verdict[] = [];
  const exact = sizes.map((size) => ({
    academies: size.academies,
    ok: size.trustReport.requests.counted === size.trustReport.requests.expected.total &&
      size.genderPayGap.requests.counted === size.genderPayGap.requests.expected.total,
  }));
  verdicts.push({
    id: 'formula',
    target: 'Upstream requests exactly as the formula says: nothing per academy or per objective',
    met: exact.every((entry) => entry.ok),
    figure: exact.map((entry) => `${entry.academies}: ${entry.ok ? 'exact' : 'differs'}`).join(', '),
  });

  const coldRatio = (size: SizeResult) => size.trustReport.cold.median / size.transportFloor.median;
  const slowest = worst(sizes, coldRatio);
  verdicts.push({
    id: 'cold-vs-transport',
    target: 'Cold trustReport within 1.5× the transport floor',
    met: sizes.every((size) => coldRatio(size) <= 1.5),
    figure: sizes.map((size) => `${size.academies}: ${ratio(coldRatio(size))}`).join(', ') +
      ` (worst ${ratio(coldRatio(slowest))}, ${coldRatio(slowest) <= 1.5 ? `${ratio(1.5 - coldRatio(slowest))} under` : `${ratio(coldRatio(slowest) - 1.5)} over`})`,
  });

  const warmest = worst(sizes, (size) => size.trustReport.warm.median);
  verdicts.push({
    id: 'warm',
    target: 'Warm trustReport under 10 ms median',
    met: warmest.trustReport.warm.median < 10,
    figure: sizes.map((size) => `${size.academies}: ${ms(size.trustReport.warm.median)}`).join(', '),
  });

  const largest = sizes.at(-1)!;
  const fewer = largest.naive.requests / largest.trustReport.requests.counted;
  verdicts.push({
    id: 'naive',
    target: `At least 10× fewer upstream requests than the naive baseline at 100 academies (here ${largest.academies})`,
    met: largest.academies >= 100 ? fewer >= 10 : null,
    figure: `${largest.naive.requests} vs ${largest.trustReport.requests.counted}: ${fewer.toFixed(1)}× fewer`,
  });

  const many = multi.at(-1);
  const fanOut = (figures: SourcesFigures) => figures.together.median / figures.oneSource;
  verdicts.push({
    id: 'sources',
    target: '20 sources at 20 ms each answer in under 3× one source\'s latency, not 20×',
    met: many ? fanOut(many.live) < 3 : null,
    figure: many
      ? `${many.academies} academies, as simulated (one Strapi behind all): ${ms(many.live.together.median)} together vs ${ms(many.live.oneSource)} one source, ${ratio(fanOut(many.live))} (sequential sum ${ms(many.live.sequentialSum)}); ` +
        `sources answering from memory: ${ratio(fanOut(many.fromMemory))}; against one source holding every academy: ${ratio(many.live.together.median / many.live.wholeTrust)} live, ${ratio(many.fromMemory.together.median / many.fromMemory.wholeTrust)} from memory`
      : 'not measured (the largest size has fewer academies than sources)',
  });

  verdicts.push({
    id: 'pay-gap',
    target: `Pay gap on ${payGap.records.toLocaleString('en-GB')} records under 100 ms`,
    met: payGap.timing.median < 100,
    figure: `median ${ms(payGap.timing.median)}, p95 ${ms(payGap.timing.p95)}`,
  });

  const runs = [load?.cold, load?.warm].filter((run): run is LoadResult => !!run);
  const errors = runs.reduce((sum, run) => sum + loadErrors(run), 0) + (faults?.totals.errors ?? 0);
  const steady = runs.filter(judgesMemory).every((run) => memorySteady(run.memory)) && (!faults || memorySteady(faults.memory));
  verdicts.push({
    id: 'load-and-faults',
    target: 'Zero errors and no crash under the load and fault runs; memory steady over the run',
    met: runs.length === 0 && !faults ? null : errors === 0 && steady && (faults?.ok ?? true),
    figure: `${errors} errors; faults ${faults ? (faults.ok ? 'passed' : 'FAILED') : 'not run'}; memory ${steady ? 'steady' : 'not steady'}`,
  });
  return verdicts;
}
