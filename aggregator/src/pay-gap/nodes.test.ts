import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { academyGenderPayGap, DEFAULT_PAY_GAP_METHOD, genderPayGap, workforceProfile, type PayRecord, type PaySnapshotRow } from '@equality-hub/domain';
import { computedNode, snapshotFacts, workforceNode } from './nodes';

const snapshot: PaySnapshotRow = {
  documentId: 's1', snapshotDate: '2025-03-31', approvedOn: null, approvedBy: null, recordCount: 3, method: DEFAULT_PAY_GAP_METHOD,
};
const record = (academy: string | null, sex: 'M' | 'F', ordinaryPay: number): PayRecord => ({
  academy, employeeRef: `${academy}-${sex}-${ordinaryPay}`, sex, ethnicity: null, ordinaryPay, bonusPayInPeriod: 0,
  payPeriodDays: 31, weeklyHours: 35, bonusPay12Months: 0, fullPayRelevant: true,
});
const records = [record('oak', 'M', 3000), record('oak', 'F', 2800), record(null, 'F', 2500)];

describe('pay gap nodes', () => {
  it('names the Trust null, an academy by slug and the central team "central-team", with the Trust as employer', () => {
    const options = { method: snapshot.method };
    const trust = computedNode(snapshot, genderPayGap(records, options), 300);
    assert.deepEqual([trust.academy, trust.snapshotYear, trust.approved, trust.employerSize], [null, 2025, false, '250 to 499']);
    assert.equal(computedNode(snapshot, academyGenderPayGap(records, 'oak', options), 300).academy, 'oak');
    const central = computedNode(snapshot, academyGenderPayGap(records, null, options), 300);
    assert.deepEqual([central.academy, central.employerSize], ['central-team', '250 to 499']);
    assert.ok(!('unrounded' in central), 'unrounded values stay inside');
  });

  it('says whether a snapshot is approved', () => {
    assert.deepEqual(snapshotFacts({ snapshotDate: '2024-03-31', approvedOn: '2025-02-14' }), {
      snapshotDate: '2024-03-31', snapshotYear: 2024, approved: true, approvedOn: '2025-02-14',
    });
  });

  it('names the central team in the workforce profile as in its suppressed field names', () => {
    const node = workforceNode(snapshotFacts(snapshot), workforceProfile(records));
    assert.deepEqual(node.byAcademy.map((row) => row.academy), ['oak', 'central-team']);
    assert.ok(node.suppressed.some((entry) => entry.field === 'byAcademy.central-team.total'));
  });
});
