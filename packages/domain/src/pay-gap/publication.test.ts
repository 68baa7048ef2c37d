import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PayGapPublication } from '../restricted';
import { many } from './fixtures.test';
import { DEFAULT_PAY_GAP_METHOD } from './method';
import { isStatutorySnapshotDate, publicationDeadline, publicationOf, snapshotFigures } from './publication';

describe('pay gap publication', () => {
  it('is due 12 months after the snapshot: 30 March of the next year, in leap years too', () => {
    assert.equal(publicationDeadline('2025-03-31'), '2026-03-30');
    assert.equal(publicationDeadline('2023-03-31'), '2024-03-30');
  });

  it('takes 31 March as the statutory snapshot date of a public authority', () => {
    assert.equal(isStatutorySnapshotDate('2025-03-31'), true);
    assert.equal(isStatutorySnapshotDate('2025-04-05'), false);
  });

  it('publishes the Trust’s figures and the suppressed profile, and no academy’s pay figures', () => {
    const records = [...many(150, 'F', 15, { academy: 'oak' }), ...many(120, 'M', 18, { academy: 'elm' }), ...many(4, 'M', 30, { academy: 'ash' })];
    const figures = snapshotFigures(records, DEFAULT_PAY_GAP_METHOD);
    const publication = PayGapPublication.parse(publicationOf({ snapshotDate: '2025-03-31', approvedOn: '2026-01-10', figures }));
    assert.equal(publication.snapshotYear, 2025);
    assert.equal(publication.employerSize, '250 to 499');
    assert.equal(publication.genderPayGap.meanHourlyGapPercent, figures.genderPayGap.trust.meanHourlyGapPercent);
    assert.equal(publication.workforceProfile.byAcademy.find((row) => row.academy === 'ash')?.total, null);
    const text = JSON.stringify(publicationOf({ snapshotDate: '2025-03-31', approvedOn: '2026-01-10', figures }));
    assert.ok(!text.includes('"academies"') && !text.includes('"unrounded"'), 'no academy figures, no unrounded averages');
  });
});
