/**
 * Samples another process's resident memory (VmRSS from /proc, so Linux only) over a run, to show
 * whether it is steady: first, last, peak, the peaks of the middle and last thirds of the run (a leak keeps
 * setting new highs; a heap that has grown to its working size does not), and the least-squares growth.
 */
import fs from 'node:fs';
import { slope } from './stats';

export interface MemoryTrace {
  samples: number;
  firstMb: number;
  lastMb: number;
  peakMb: number;
  middlePeakMb: number;
  lastPeakMb: number;
  /** Growth of the line fitted to the last two thirds of the run (after warming up), per minute. */
  slopeMbPerMinute: number;
}

export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function sampleMemory(pid: number, intervalMs = 1_000) {
  const started = Date.now();
  const points: { x: number; y: number }[] = [];
  const take = () => {
    const mb = rssMb(pid);
    if (mb !== null) points.push({ x: (Date.now() - started) / 60_000, y: mb });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop(): MemoryTrace {
      clearInterval(timer);
      take();
      const round = (value: number) => Math.round(value * 10) / 10;
      const values = points.map((point) => point.y);
      const third = Math.floor(values.length / 3);
      const peak = (part: number[]) => round(Math.max(0, ...part));
      return {
        samples: points.length,
        firstMb: round(values[0] ?? 0),
        lastMb: round(values.at(-1) ?? 0),
        peakMb: peak(values),
        middlePeakMb: peak(values.slice(third, 2 * third)),
        lastPeakMb: peak(values.slice(2 * third)),
        slopeMbPerMinute: round(slope(points.slice(Math.floor(points.length / 3)))),
      };
    },
  };
}
