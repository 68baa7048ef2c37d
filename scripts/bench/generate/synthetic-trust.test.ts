import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AcademyInput,
  checkRules,
  EqualityInformationInput,
  ObjectiveInput,
  ObjectivesPlanInput,
  PayRecord,
  PayRecordInput,
  StatementInput,
  TrustObjectiveContributionInput,
  TrustInput,
  TrustObjectiveInput,
  VacancyInput,
} from '@equality-hub/domain';
import {
  OBJECTIVES_PER_ACADEMY,
  STAFF_PER_ACADEMY,
  syntheticAcademy,
  syntheticPayRecords,
  syntheticTrustRecords,
  urnOf,
} from './synthetic-trust';

describe('synthetic trust', () => {
  it('is the same for the same seed, and different for another', () => {
    assert.deepEqual(syntheticAcademy(42, 7), syntheticAcademy(42, 7));
    assert.notDeepEqual(syntheticAcademy(42, 7).objectives, syntheticAcademy(43, 7).objectives);
    assert.notDeepEqual(syntheticAcademy(42, 7).objectives, syntheticAcademy(42, 8).objectives);
  });

  it('has 25 objectives and 120 staff per academy, with unique URNs and employee references', () => {
    const academies = Array.from({ length: 30 }, (_, index) => syntheticAcademy(1, index + 1));
    assert.ok(academies.every((entry) => entry.objectives.length === OBJECTIVES_PER_ACADEMY));
    assert.ok(academies.every((entry) => entry.payRecords.length === STAFF_PER_ACADEMY));
    assert.equal(new Set(academies.map((entry) => entry.academy.urn)).size, 30);
    assert.equal(new Set(academies.flatMap((entry) => entry.payRecords.map((record) => record.employeeRef))).size, 30 * STAFF_PER_ACADEMY);
    assert.equal(urnOf(100), '400100');
  });

  it('passes every write rule of the plugin, so loading through the Document Service cannot be refused', () => {
    const { trust, trustObjectives } = syntheticTrustRecords();
    assert.deepEqual(checkRules(TrustInput, trust), []);
    for (const objective of trustObjectives) assert.deepEqual(checkRules(TrustObjectiveInput, objective), []);
    for (let number = 1; number <= 40; number += 1) {
      const entry = syntheticAcademy(9, number);
      const problems = [
        ...checkRules(AcademyInput, entry.academy),
        ...checkRules(ObjectivesPlanInput, entry.plan),
        ...entry.objectives.flatMap((objective) => checkRules(ObjectiveInput, objective)),
        ...checkRules(StatementInput, entry.statement),
        ...checkRules(EqualityInformationInput, entry.information),
        ...entry.vacancies.flatMap((vacancy) => checkRules(VacancyInput, vacancy)),
        ...entry.contributions.flatMap(({ code: _code, ...contribution }) => checkRules(TrustObjectiveContributionInput, contribution)),
        ...entry.payRecords.flatMap(({ academy: _academy, ...record }) => checkRules(PayRecordInput, record)),
      ];
      assert.deepEqual(problems, [], `academy ${number}`);
      for (const record of entry.payRecords) PayRecord.parse(record);
    }
  });

  it('gives the reports something to find: red and amber academies, measured and unmeasured objectives', () => {
    const academies = Array.from({ length: 100 }, (_, index) => syntheticAcademy(20260115, index + 1));
    const stale = academies.filter((entry) => entry.information.publishedOn === '2024-10-01').length;
    assert.ok(stale > 3 && stale < 30, `${stale} academies with old information`);
    const objectives = academies.flatMap((entry) => entry.objectives);
    const measured = objectives.filter((objective) => objective.measure).length / objectives.length;
    assert.ok(measured > 0.7 && measured < 0.9, `measured share ${measured}`);
  });

  it('draws any number of pay records for the calculation alone', () => {
    const records = syntheticPayRecords(5, 1_000);
    assert.equal(records.length, 1_000);
    assert.deepEqual(records.slice(0, STAFF_PER_ACADEMY), syntheticAcademy(5, 1).payRecords);
  });
});
