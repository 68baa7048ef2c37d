import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RecruitmentRolloutRow, VacancyRow } from '@equality-hub/domain';
import { blindRecruitment, relativeLikelihoodSummary } from './blind-recruitment';

const oak = { documentId: 'a1', name: 'Oak', slug: 'oak', urn: '100001' };
const ash = { documentId: 'a2', name: 'Ash', slug: 'ash', urn: '100002' };
const elm = { documentId: 'a3', name: 'Elm', slug: 'elm', urn: '100003' };

let next = 0;
function vacancy(academy: typeof oak, openedOn: string, shortlistingMethod: VacancyRow['shortlistingMethod'], extra: Partial<VacancyRow> = {}): VacancyRow {
  next += 1;
  return {
    documentId: `v${next}`, academy, title: `Post ${next}`, roleCategory: 'teaching', openedOn, closedOn: null, shortlistingMethod,
    anonymisedUntil: 'after-shortlisting', panelTrained: false, applicants: 10, shortlisted: 3, appointed: 1, applicantBreakdown: null, ...extra,
  };
}
const rollout = (academy: typeof oak, status: RecruitmentRolloutRow['status'], since: string): RecruitmentRolloutRow => ({
  documentId: `r-${academy.slug}-${since}`, academy, status, since, leadersTotal: 4, leadersTrained: 2,
});

describe('blindRecruitment', () => {
  const vacancies = [
    vacancy(oak, '2024-10-01', 'named'),
    vacancy(oak, '2025-08-31', 'fully-anonymised'), // the last day of 2024/25
    vacancy(oak, '2025-09-01', 'fully-anonymised', { panelTrained: true }), // the first day of 2025/26
    vacancy(oak, '2026-01-10', 'partly-anonymised'),
    vacancy(oak, '2026-02-01', 'named', { panelTrained: true }),
    vacancy(ash, '2025-11-01', 'named'),
    vacancy(elm, '2025-12-01', 'fully-anonymised'), // Elm has left the Trust, but its vacancy counts
    vacancy(ash, '2026-09-01', 'fully-anonymised'), // 2026/27: after the year asked for
  ];
  const rollouts = [rollout(oak, 'piloting', '2025-01-01'), rollout(oak, 'all-roles', '2026-03-01'), rollout(ash, 'not-started', '2025-09-01')];
  // Yew left before the status day and has no vacancies: it is not listed.
  const yew = { urn: '100004', name: 'Yew', leftOn: '2025-12-31' };
  const summary = blindRecruitment({ academicYear: '2025/26', asOf: '2026-01-15', vacancies, rollouts, academies: [oak, ash, yew] });

  it('counts the vacancies opened from 1 September to 31 August, Trust-wide and per academy', () => {
    assert.deepEqual([summary.from, summary.to], ['2025-09-01', '2026-08-31']);
    assert.equal(summary.vacancies, 5);
    // Fully and partly anonymised both count: 3 of 5.
    assert.equal(summary.anonymisedVacancies, 3);
    assert.equal(summary.anonymisedPercent, 60);
    assert.equal(summary.panelTrainedPercent, 40);
    assert.deepEqual(summary.byMethod, [
      { method: 'fully-anonymised', count: 2 }, { method: 'partly-anonymised', count: 1 }, { method: 'named', count: 2 },
    ]);
    assert.deepEqual(summary.academies.map((row) => row.name), ['Oak', 'Ash', 'Elm']);
    const [oakRow, ashRow, elmRow] = summary.academies;
    assert.deepEqual([oakRow!.name, oakRow!.vacancies, oakRow!.anonymisedPercent, oakRow!.panelsTrained], ['Oak', 3, 66.7, 2]);
    assert.deepEqual([ashRow!.vacancies, ashRow!.anonymisedPercent], [1, 0]);
    assert.deepEqual([elmRow!.urn, elmRow!.vacancies], ['100003', 1]);
  });

  it('reads each rollout status on asOf (or the year end if earlier), not-started when none is recorded', () => {
    assert.equal(summary.statusOn, '2026-01-15');
    assert.deepEqual(summary.academies.map((row) => row.rolloutStatus), ['piloting', 'not-started', 'not-started']);
    assert.equal(summary.academies[0]!.rollout?.since, '2025-01-01');
    assert.equal(summary.academies[2]!.rollout, null);
    const past = blindRecruitment({ academicYear: '2025/26', asOf: '2027-01-01', vacancies, rollouts, academies: [oak] });
    assert.equal(past.statusOn, '2026-08-31');
    assert.equal(past.academies[0]!.rolloutStatus, 'all-roles');
  });

  it('gives the Trust-wide share for every year from the first vacancy to the year asked for', () => {
    assert.deepEqual(
      summary.trend.map((year) => [year.academicYear, year.vacancies, year.anonymisedPercent]),
      [['2024/25', 2, 50], ['2025/26', 5, 60]],
    );
    const empty = blindRecruitment({ academicYear: '2025/26', asOf: '2026-01-15', vacancies: [], rollouts: [], academies: [oak] });
    assert.deepEqual(empty.trend.map((year) => [year.academicYear, year.vacancies, year.anonymisedPercent]), [['2025/26', 0, null]]);
    assert.equal(empty.relativeLikelihood, null);
  });
});

describe('relativeLikelihoodSummary', () => {
  const withBreakdown = (rows: { ethnicity: string | null; shortlisted: number; appointed: number }[]) =>
    vacancy(oak, '2025-10-01', 'fully-anonymised', {
      applicantBreakdown: { bySex: [], byEthnicity: rows.map((row) => ({ ...row, applicants: row.shortlisted * 3 })) as never },
    });

  it('adds up White and ethnic-minority applicants across vacancies (WRES indicator 2)', () => {
    const result = relativeLikelihoodSummary([
      withBreakdown([{ ethnicity: 'white-british', shortlisted: 20, appointed: 6 }, { ethnicity: 'asian-indian', shortlisted: 8, appointed: 1 }]),
      withBreakdown([{ ethnicity: 'white-irish', shortlisted: 10, appointed: 3 }, { ethnicity: 'black-african', shortlisted: 12, appointed: 3 },
        { ethnicity: 'prefer-not-to-say', shortlisted: 5, appointed: 5 }]),
      vacancy(oak, '2025-10-01', 'named'),
    ])!;
    // White 9 of 30 = 0.3; ethnic minority 4 of 20 = 0.2; 0.3 ÷ 0.2 = 1.5.
    assert.equal(result.vacancies, 2);
    assert.equal(result.value, 1.5);
    assert.deepEqual(result.white, { shortlisted: 30, appointed: null });
    assert.deepEqual(result.ethnicMinority, { shortlisted: 20, appointed: null });
    assert.deepEqual(result.suppressed.map((entry) => entry.field), ['white.appointed', 'ethnicMinority.appointed']);
  });

  it('withholds the likelihood when either group has fewer than 10 shortlisted', () => {
    const result = relativeLikelihoodSummary([withBreakdown([
      { ethnicity: 'white-british', shortlisted: 40, appointed: 10 }, { ethnicity: 'mixed-other', shortlisted: 9, appointed: 2 },
    ])])!;
    assert.equal(result.value, null);
    assert.equal(result.suppressed[0]!.field, 'value');
    assert.match(result.suppressed[0]!.reason, /fewer than 10/);
  });

  it('names the vacancy whose breakdown has more appointed than shortlisted', () => {
    const bad = withBreakdown([{ ethnicity: 'white-british', shortlisted: 2, appointed: 3 }]);
    assert.throws(() => relativeLikelihoodSummary([bad]), new RegExp(`vacancy ${bad.documentId} \\("${bad.title}"\\)`));
  });
});
