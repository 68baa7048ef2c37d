/**
 * A fault run: steady load on the aggregator while one of its sources (a proxy in front of a real Strapi)
 * is killed and restarted, then answers after the timeout, then answers malformed JSON, with healthy
 * phases between. Every answer is judged against the phase it fell wholly inside: while a fault is on,
 * each must be partial — the report over the other academies, with a SOURCE_UNAVAILABLE error naming
 * exactly the faulty source — and while none is, each must be complete. Answers that straddle a change
 * are only required not to be errors. Errors (non-2xx, timeouts, socket errors, other GraphQL errors) are
 * never allowed, and the aggregator must still be alive at the end.
 *
 * Used by `npm run faults` (long phases, the aggregator in its own process) and by
 * tests/aggregator/faults.test.ts (short phases, in `npm test`).
 */
import type { SourceProxy } from '../run/source-proxy';
import { startLoadLoop, type Answer, type LoadLoopOptions, type Sample } from './load-loop';

export type Fault = 'none' | 'killed' | 'slow' | 'malformed';

export interface Phase {
  fault: Fault;
  /** How long the phase lasts at least… */
  minMs: number;
}

export interface ScenarioOptions extends Omit<LoadLoopOptions, 'academyCount'> {
  /** The faulty source's name (as in the aggregator's config) and its proxy. */
  source: { name: string; proxy: SourceProxy };
  phases: readonly Phase[];
  /** …and until this many answers fell wholly inside it (slow machines get longer phases). */
  minSamplesPerPhase: number;
  /** A phase is cut short after this, however few answers it has. */
  maxPhaseMs: number;
  /** How long the slow source waits beyond the aggregator's timeout. */
  slowDelayMs: number;
  /** Academies reported when every source answers, and when the faulty one does not. */
  academies: { all: number; withoutFaulty: number };
  academyCount: LoadLoopOptions['academyCount'];
  /** Whether the aggregator is still up (its process, its /healthz). */
  alive: () => Promise<boolean>;
}

export interface PhaseReport {
  fault: Fault;
  durationMs: number;
  answers: number;
  complete: number;
  partial: number;
  errors: number;
  /** Answers that straddled the start or end of the phase. */
  straddling: number;
  /** Answers inside the phase that were not what the phase calls for (complete when faulty, partial when healthy). */
  unexpected: number;
  /** For a healthy phase after a fault: ms from its start to the first complete answer. */
  recoveryMs: number | null;
  /** What the unexpected answers said (a few). */
  unexpectedReasons: string[];
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface ScenarioReport {
  ok: boolean;
  phases: PhaseReport[];
  totals: { answers: number; complete: number; partial: number; errors: number };
  errorReasons: string[];
  checks: Check[];
}

/** The phases of a full run: each fault in turn, with healthy phases before, between and after. */
export const FAULT_SEQUENCE: readonly Fault[] = ['none', 'killed', 'none', 'slow', 'none', 'malformed', 'none'];

export const phasesOf = (minMs: number): Phase[] => FAULT_SEQUENCE.map((fault) => ({ fault, minMs }));

async function apply(fault: Fault, previous: Fault, options: ScenarioOptions) {
  const { proxy } = options.source;
  if (previous === 'killed') await proxy.restart();
  proxy.misbehave(fault === 'slow' ? { kind: 'slow', delayMs: options.slowDelayMs } : fault === 'malformed' ? { kind: 'malformed' } : null);
  if (fault === 'killed') await proxy.kill();
}

function describeAnswer(answer: Answer): string {
  if (answer.kind === 'error') return answer.reason;
  if (answer.kind === 'complete') return `complete, ${answer.academyCount} academies`;
  return `partial, ${answer.academyCount} academies: ${answer.messages.join(' | ')}`;
}

function judge(sample: Sample, fault: Fault, options: ScenarioOptions): boolean {
  const { answer } = sample;
  if (fault === 'none') return answer.kind === 'complete' && answer.academyCount === options.academies.all;
  return answer.kind === 'partial' && answer.academyCount === options.academies.withoutFaulty &&
    answer.sources.length === 1 && answer.sources[0] === options.source.name;
}

export async function runFaultScenario(options: ScenarioOptions): Promise<ScenarioReport> {
  const load = startLoadLoop(options);
  const bounds: { fault: Fault; from: number; to: number }[] = [];
  let previous: Fault = 'none';
  for (const phase of options.phases) {
    await apply(phase.fault, previous, options);
    const from = Date.now();
    const inside = () => load.samples().filter((sample) => sample.started >= from).length;
    while (Date.now() - from < options.maxPhaseMs && (Date.now() - from < phase.minMs || inside() < options.minSamplesPerPhase)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    bounds.push({ fault: phase.fault, from, to: Date.now() });
    previous = phase.fault;
  }
  await apply('none', previous, options);
  const samples = await load.stop();
  const alive = await options.alive();

  const phases = bounds.map(({ fault, from, to }, index): PhaseReport => {
    const within = samples.filter((sample) => sample.started >= from && sample.ended <= to);
    const straddling = samples.filter((sample) => sample.started < to && sample.ended > from && !(sample.started >= from && sample.ended <= to));
    const firstComplete = within.find((sample) => sample.answer.kind === 'complete');
    const unexpected = within.filter((sample) => !judge(sample, fault, options));
    return {
      fault,
      durationMs: to - from,
      answers: within.length,
      complete: within.filter((sample) => sample.answer.kind === 'complete').length,
      partial: within.filter((sample) => sample.answer.kind === 'partial').length,
      errors: within.filter((sample) => sample.answer.kind === 'error').length,
      straddling: straddling.length,
      unexpected: unexpected.length,
      recoveryMs: fault === 'none' && index > 0 && firstComplete ? firstComplete.ended - from : null,
      unexpectedReasons: [...new Set(unexpected.map(({ answer }) => describeAnswer(answer)))].slice(0, 3),
    };
  });
  const errors = samples.filter((sample) => sample.answer.kind === 'error');
  const count = (kind: Sample['answer']['kind']) => samples.filter((sample) => sample.answer.kind === kind).length;
  const checks: Check[] = [
    { name: 'no errors (non-2xx, timeouts, socket errors, other GraphQL errors)', ok: errors.length === 0, detail: `${errors.length} of ${samples.length} answers` },
    {
      name: 'every phase was measured',
      ok: phases.every((phase) => phase.answers >= 1),
      detail: phases.map((phase) => `${phase.fault} ${phase.answers}`).join(', '),
    },
    {
      name: 'partial answers naming the faulty source exactly while a fault is on, complete answers otherwise',
      ok: phases.every((phase) => phase.unexpected === 0),
      detail: phases.map((phase) => `${phase.fault} ${phase.unexpected} unexpected`).join(', '),
    },
    {
      name: 'recovers after every fault',
      ok: phases.every((phase, index) => phase.fault !== 'none' || index === 0 || phase.recoveryMs !== null),
      detail: phases.filter((phase) => phase.recoveryMs !== null).map((phase) => `${phase.recoveryMs} ms`).join(', ') || 'no recovery measured',
    },
    { name: 'the aggregator is still up', ok: alive, detail: alive ? '/healthz answers' : 'it is gone' },
  ];
  return {
    ok: checks.every((check) => check.ok),
    phases,
    totals: { answers: samples.length, complete: count('complete'), partial: count('partial'), errors: errors.length },
    errorReasons: [...new Set(errors.map((sample) => (sample.answer as { reason: string }).reason))].slice(0, 10),
    checks,
  };
}
