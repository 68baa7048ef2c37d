import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AcademyInput, checkRules, EqualityInformationInput, ObjectiveInput, ObjectivesPlanInput, StatementInput } from './rules';

const fields = (issues: ReturnType<typeof checkRules>) => issues.map((issue) => issue.path.join('.'));

const validObjective = {
  psedAims: ['advance-equality-of-opportunity'],
  protectedCharacteristics: ['disability'],
  objective: 'Narrow the attendance gap',
};

describe('rules', () => {
  it('accepts a plan of exactly four years and refuses a day more', () => {
    assert.deepEqual(checkRules(ObjectivesPlanInput, { title: 'Plan', periodStart: '2024-09-01', periodEnd: '2028-09-01' }), []);
    const issues = checkRules(ObjectivesPlanInput, { title: 'Plan', periodStart: '2024-09-01', periodEnd: '2028-09-02' });
    assert.deepEqual(fields(issues), ['periodEnd']);
    assert.match(issues[0].message, /more than 4 years/);
  });

  it('refuses a plan that ends before it starts', () => {
    assert.deepEqual(fields(checkRules(ObjectivesPlanInput, { title: 'Plan', periodStart: '2024-09-01', periodEnd: '2024-08-31' })), ['periodEnd']);
  });

  it('requires an objective text, a PSED aim and a characteristic or target group', () => {
    assert.deepEqual(checkRules(ObjectiveInput, validObjective), []);
    assert.deepEqual(fields(checkRules(ObjectiveInput, { ...validObjective, objective: '  ' })), ['objective']);
    assert.deepEqual(fields(checkRules(ObjectiveInput, { ...validObjective, psedAims: [] })), ['psedAims']);
    assert.deepEqual(fields(checkRules(ObjectiveInput, { ...validObjective, protectedCharacteristics: [], targetGroups: [] })), ['protectedCharacteristics']);
    assert.deepEqual(checkRules(ObjectiveInput, { ...validObjective, protectedCharacteristics: [], targetGroups: ['staff'] }), []);
  });

  it('refuses values outside the vocabulary, naming the field and position', () => {
    const issues = checkRules(ObjectiveInput, { ...validObjective, protectedCharacteristics: ['disability', 'height'] });
    assert.deepEqual(fields(issues), ['protectedCharacteristics.1']);
  });

  it('checks dates inside components', () => {
    const issues = checkRules(ObjectiveInput, { ...validObjective, dates: { start: '2025-09-01', end: '2025-07-01' } });
    assert.deepEqual(fields(issues), ['dates.end']);
    assert.deepEqual(fields(checkRules(ObjectiveInput, { ...validObjective, milestones: [{ note: '' }] })), ['milestones.0.note']);
  });

  it('refuses a next review before approval', () => {
    const issues = checkRules(StatementInput, { kind: 'equality-policy', title: 'Policy', approvedOn: '2025-09-01', nextReviewDue: '2025-08-01' });
    assert.deepEqual(fields(issues), ['nextReviewDue']);
  });

  it('refuses a malformed URN', () => {
    for (const urn of ['12345', '1234567', '12345a']) {
      assert.deepEqual(fields(checkRules(AcademyInput, { name: 'A', slug: 'a', urn })), ['urn'], urn);
    }
  });

  it('refuses an academic year that does not name consecutive years', () => {
    assert.deepEqual(fields(checkRules(EqualityInformationInput, { academicYear: '2024/26', publishedOn: '2025-01-01' })), ['academicYear']);
    assert.deepEqual(checkRules(EqualityInformationInput, { academicYear: '2099/00', publishedOn: '2100-01-01' }), []);
  });

  it('refuses a figure given twice', () => {
    const figure = { metric: 'attendance-rate', pupilGroup: 'boys', value: 90, cohortSize: 20 };
    const issues = checkRules(EqualityInformationInput, { academicYear: '2024/25', publishedOn: '2025-01-01', figures: [figure, figure] });
    assert.deepEqual(fields(issues), ['figures.1']);
  });
});
