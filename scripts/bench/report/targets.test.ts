import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SizeResult } from '../measure/size-run';
import type { Summary } from '../measure/stats';
import { judge, memorySteady, type Judged } from './targets';

const at = (median: number): Summary => ({ runs: 5, median, p95: median * 1.2, min: median, max: median * 1.2 });
const expected = (total: number) => ({ perType: [], total });

function size(academies: number, overrides: Partial<SizeResult> = {}): SizeResult {
  return {
    academies,
    records: [],
    trustReport: { cold: at(120), warm: at(8), requests: { counted: 30, expected: expected(30) } },
    genderPayGap: { cold: at(300), warm: at(290), requests: { counted: 121, expected: expected(121) } },
    transportFloor: { ...at(100), pages: 30, megabytes: 4 },
    sqlFloor: at(20),
    naive: { timing: at(9_000), requests: 2_902, expectedRequests: 2_902 },
    sameReport: true,
    ...overrides,
  };
}

const payGap = { records: 100_000, timing: at(60), cpu: at(40), recordsHeapMb: 16, calculationHeapMb: 11, peakRssMb: 140, relevantEmployees: 100_000 };

function verdict(judged: Judged, id: string) {
  return judge(judged).find((entry) => entry.id === id)!;
}

describe('targets', () => {
  it('meets the formula only when every size counted exactly what it predicts', () => {
    const exact: Judged = { sizes: [size(10), size(100)], multi: [], payGap };
    assert.equal(verdict(exact, 'formula').met, true);
    const extra = size(100, { trustReport: { ...size(100).trustReport, requests: { counted: 31, expected: expected(30) } } });
    assert.equal(verdict({ ...exact, sizes: [size(10), extra] }, 'formula').met, false);
  });

  it('judges cold against 1.5× the transport floor at every size, and says by how much', () => {
    const slow = size(100, { trustReport: { ...size(100).trustReport, cold: at(180) } });
    const judged = verdict({ sizes: [size(10), slow], multi: [], payGap }, 'cold-vs-transport');
    assert.equal(judged.met, false);
    assert.match(judged.figure, /worst 1\.80×, 0\.30× over/);
    assert.equal(verdict({ sizes: [size(10)], multi: [], payGap }, 'cold-vs-transport').met, true);
  });

  it('asks for 10× fewer requests than the naive baseline at 100 academies, and does not judge smaller runs', () => {
    assert.equal(verdict({ sizes: [size(100)], multi: [], payGap }, 'naive').met, true);
    assert.equal(verdict({ sizes: [size(5)], multi: [], payGap }, 'naive').met, null);
  });

  it('compares 20 sources together with three times one source, as simulated, and reports them from memory too', () => {
    const figures = (together: number) => ({ together: at(together), alone: [], oneSource: 100, sequentialSum: 2_000, wholeTrust: 200 });
    const many = { academies: 100, sources: 20, latencyMs: 20, live: figures(250), fromMemory: figures(150) };
    assert.equal(verdict({ sizes: [size(100)], multi: [many], payGap }, 'sources').met, true);
    const slow = verdict({ sizes: [size(100)], multi: [{ ...many, live: figures(400) }], payGap }, 'sources');
    assert.equal(slow.met, false);
    assert.match(slow.figure, /4\.00×.*from memory: 1\.50×/);
  });

  it('calls memory steady when the end of a run sets no new high, however much the heap grew at first', () => {
    assert.equal(memorySteady({ middlePeakMb: 260, lastPeakMb: 270 }), true);
    assert.equal(memorySteady({ middlePeakMb: 260, lastPeakMb: 300 }), false);
  });
});
