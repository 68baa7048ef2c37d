/**
 * Child process of the bench (run with --expose-gc): the gender pay gap calculation of
 * @equality-hub/domain alone, on `--records` synthetic pay records, timed over `--runs` runs (wall clock
 * and CPU time), with its memory: the records themselves, the heap the calculation allocates, and the process's peak RSS.
 * Prints one JSON line.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PAY_GAP_METHOD, genderPayGap } from '@equality-hub/domain';
import { syntheticPayRecords } from '../generate/synthetic-trust';
import { summarise, type Summary } from './stats';

export interface PayGapAlone {
  records: number;
  timing: Summary;
  /** CPU time of the same runs: what the calculation costs when it does not wait for a busy machine's cores. */
  cpu: Summary;
  recordsHeapMb: number;
  /** Heap grown during one calculation (no collection forced in between). */
  calculationHeapMb: number;
  peakRssMb: number;
  relevantEmployees: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function main() {
  const { values } = parseArgs({ options: { records: { type: 'string', default: '100000' }, runs: { type: 'string', default: '7' }, seed: { type: 'string', default: '1' } } });
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with node --expose-gc');
  collect();
  const empty = process.memoryUsage().heapUsed;
  const records = syntheticPayRecords(Number(values.seed), Number(values.records));
  collect();
  const withRecords = process.memoryUsage().heapUsed;
  const options = { method: DEFAULT_PAY_GAP_METHOD };

  // One untimed run first: the JIT compiles the calculation.
  let figures = genderPayGap(records, options);
  collect();
  const before = process.memoryUsage().heapUsed;
  figures = genderPayGap(records, options);
  const calculationHeap = process.memoryUsage().heapUsed - before;

  const timings: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < Number(values.runs); run += 1) {
    collect();
    const started = performance.now();
    const used = process.cpuUsage();
    figures = genderPayGap(records, options);
    const { user, system } = process.cpuUsage(used);
    timings.push(performance.now() - started);
    cpu.push((user + system) / 1_000);
  }
  const result: PayGapAlone = {
    records: records.length,
    timing: summarise(timings),
    cpu: summarise(cpu),
    recordsHeapMb: mb(withRecords - empty),
    calculationHeapMb: mb(calculationHeap),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    relevantEmployees: figures.relevantEmployees ?? 0,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
