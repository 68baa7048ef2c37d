import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PayGapPublication } from '@equality-hub/domain';
import { latestPublicationOn, latestSnapshotOn, snapshotOfYear } from './snapshots';

const snapshots = [{ snapshotDate: '2024-03-31' }, { snapshotDate: '2025-01-31' }, { snapshotDate: '2025-03-31' }, { snapshotDate: '2026-02-28' }];

describe('snapshotOfYear', () => {
  it('takes 31 March of the year, even with another snapshot later that year', () => {
    assert.deepEqual(snapshotOfYear([...snapshots, { snapshotDate: '2025-09-30' }], 2025), { snapshotDate: '2025-03-31' });
  });
  it('falls back to the latest snapshot of the year, and is null for a year without one', () => {
    assert.deepEqual(snapshotOfYear(snapshots, 2026), { snapshotDate: '2026-02-28' });
    assert.equal(snapshotOfYear(snapshots, 2023), null);
  });
});

describe('latestSnapshotOn', () => {
  it('takes the latest snapshot dated on or before the day', () => {
    assert.deepEqual(latestSnapshotOn(snapshots, '2025-03-31'), { snapshotDate: '2025-03-31' });
    assert.deepEqual(latestSnapshotOn(snapshots, '2025-03-30'), { snapshotDate: '2025-01-31' });
    assert.equal(latestSnapshotOn(snapshots, '2024-01-01'), null);
  });
});

describe('latestPublicationOn', () => {
  const publication = (snapshotDate: string, approvedOn: string) => ({ snapshotDate, approvedOn }) as PayGapPublication;
  const published = [publication('2023-03-31', '2023-11-01'), publication('2024-03-31', '2025-02-10')];
  it('takes the latest snapshot approved on or before the day', () => {
    assert.equal(latestPublicationOn(published, '2026-01-15')?.snapshotDate, '2024-03-31');
    // The 2024 figures were approved after this day: what was public then was 2023's.
    assert.equal(latestPublicationOn(published, '2025-01-01')?.snapshotDate, '2023-03-31');
    assert.equal(latestPublicationOn(published, '2023-10-31'), null);
  });
});
