import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessCompliance, reviewDue, type ComplianceInput } from './compliance';
import type { EqualityInformation, ObjectivesPlan, Statement } from './schemas';

const asOf = '2026-01-15';
const academicYear = '2025/26';

const plan = (periodStart: string, periodEnd: string): ObjectivesPlan => ({ documentId: `plan-${periodStart}`, title: `Plan from ${periodStart}`, periodStart, periodEnd });
const information = (year: string, publishedOn: string): EqualityInformation => ({ documentId: `info-${publishedOn}`, academicYear: year, publishedOn, figures: [] });
const statement = (fields: Partial<Statement>): Statement => ({ documentId: 's', kind: 'psed-statement', title: 'PSED statement', approvedOn: '2025-06-01', ...fields });
const measured = { measure: { baseline: 10, target: 20 } };

const compliant: ComplianceInput = {
  plans: [plan('2024-09-01', '2028-08-31')],
  objectives: [measured, measured],
  statements: [statement({ nextReviewDue: '2026-06-01' })],
  information: [information('2024/25', '2025-11-15')],
};

describe('assessCompliance', () => {
  it('is green when every duty is met, and shows the information and plan it judged', () => {
    const result = assessCompliance(compliant, { asOf, academicYear });
    assert.equal(result.rag, 'green');
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.information, { academicYear: '2024/25', publishedOn: '2025-11-15', current: true });
    assert.equal(result.plan?.withinFourYears, true);
    assert.equal(result.measurableObjectiveCount, 2);
  });

  it('is red when the information is more than twelve months old (14 months here)', () => {
    const result = assessCompliance({ ...compliant, information: [information('2023/24', '2024-11-15')] }, { asOf, academicYear });
    assert.equal(result.rag, 'red');
    assert.equal(result.information?.current, false);
    assert.match(result.findings[0]!, /2024-11-15/);
  });

  it('accepts information published exactly twelve months before asOf', () => {
    const result = assessCompliance({ ...compliant, information: [information('2024/25', '2025-01-15')] }, { asOf, academicYear });
    assert.equal(result.information?.current, true);
  });

  it('ignores information published after asOf or for a later academic year', () => {
    const result = assessCompliance(
      { ...compliant, information: [information('2024/25', '2025-11-15'), information('2025/26', '2026-01-10'), information('2024/25', '2026-02-01')] },
      { asOf, academicYear: '2024/25' },
    );
    assert.equal(result.information?.publishedOn, '2025-11-15');
  });

  it('is red with no plan in force, and with a plan longer than four years', () => {
    assert.equal(assessCompliance({ ...compliant, plans: [plan('2020-09-01', '2024-08-31')] }, { asOf, academicYear }).rag, 'red');
    const long = assessCompliance({ ...compliant, plans: [plan('2022-09-01', '2026-09-02')] }, { asOf, academicYear });
    assert.equal(long.rag, 'red');
    assert.equal(long.plan?.withinFourYears, false);
  });

  it('is amber when an objective has no measure or a statement is overdue for review', () => {
    const unmeasured = assessCompliance({ ...compliant, objectives: [measured, { measure: { baseline: 1 } }, {}] }, { asOf, academicYear });
    assert.equal(unmeasured.rag, 'amber');
    assert.equal(unmeasured.measurableObjectiveCount, 1);
    assert.deepEqual(unmeasured.findings, ['2 objectives have no measure with a baseline and a target.']);

    const overdue = assessCompliance({ ...compliant, statements: [statement({ nextReviewDue: '2025-12-16' })] }, { asOf, academicYear });
    assert.equal(overdue.rag, 'amber');
    assert.equal(overdue.statements[0]!.overdue, true);
  });

  it('red wins over amber, and lists statutory findings first', () => {
    const result = assessCompliance({ ...compliant, objectives: [{}], information: [] }, { asOf, academicYear });
    assert.equal(result.rag, 'red');
    assert.deepEqual(result.findings, ['No equality information has been published.', '1 objective has no measure with a baseline and a target.']);
  });
});

describe('reviewDue', () => {
  it('uses the set date, else the last review plus the frequency', () => {
    assert.equal(reviewDue(statement({ nextReviewDue: '2027-01-01' })), '2027-01-01');
    assert.equal(reviewDue(statement({ lastReviewedOn: '2025-01-31', reviewFrequencyMonths: 12 })), '2026-01-31');
    assert.equal(reviewDue(statement({ approvedOn: null })), null);
  });
});
