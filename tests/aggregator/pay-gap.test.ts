/**
 * The Trust as employer through the real stack: the demo Strapi (seeded as of 2026-01-15: the 2024
 * snapshot approved and published, 2025 not yet) and the aggregator over HTTP. The figures the executive
 * gets are checked against the domain calculations run on the records read straight from Strapi's
 * restricted routes, so the Trust's figures are the pooled ones; nobody else gets any of them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  academyGenderPayGap,
  ethnicityPayGap,
  genderPayGap,
  PayRecord,
  PaySnapshotRow,
  VacancyRow,
  workforceProfile,
  type GenderPayGap,
} from '@equality-hub/domain';
import { request } from '../helpers/http';
import { requiredEnv } from '../helpers/environment';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { restrictedFields } from '../../aggregator/src/schema/restricted';
import { typeDefs } from '../../aggregator/src/schema/sdl';
import type { Aggregator } from '../../aggregator/src/server';
import { codes, DEMO_AS_OF, DEMO_YEAR, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource, type GraphqlBody, signInNonExecutive } from './helpers';
import { countingProxy } from './upstreams';

const GAP_FIELDS = `
  snapshotDate snapshotYear academy approved approvedOn employerSize
  relevantEmployees fullPayRelevantEmployees
  meanHourlyGapPercent medianHourlyGapPercent meanBonusGapPercent medianBonusGapPercent maleBonusPercent femaleBonusPercent
  quartiles { quarter malePercent femalePercent }
  bonusGapBasis method { termTimeOnly variableHoursShortService statement }
  counts { men women fullPayMen fullPayWomen menWithBonus womenWithBonus }
  suppressed { field reason }`;

const GENDER_PAY_GAP = `query($year: Int!, $academy: String) {
  genderPayGap(snapshotYear: $year, academy: $academy) { ${GAP_FIELDS} change { comparedWith meanHourlyGapPercent quartilesFemalePercent } }
}`;

const PUBLIC_REPORT = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    trustObjectives {
      code
      publishedPayGap { ${GAP_FIELDS} change { comparedWith } }
      publishedWorkforceProfile { snapshotYear approved total bySex { men women } byAcademy { academy total } suppressed { field } }
    }
  }
}`;

/** The figures of the domain module as GraphQL shows them (enums in GraphQL form). */
function asGraphql(figures: GenderPayGap) {
  const enumName = (value: string) => value.replace(/-/g, '_').toUpperCase();
  return {
    relevantEmployees: figures.relevantEmployees,
    fullPayRelevantEmployees: figures.fullPayRelevantEmployees,
    meanHourlyGapPercent: figures.meanHourlyGapPercent,
    medianHourlyGapPercent: figures.medianHourlyGapPercent,
    meanBonusGapPercent: figures.meanBonusGapPercent,
    medianBonusGapPercent: figures.medianBonusGapPercent,
    maleBonusPercent: figures.maleBonusPercent,
    femaleBonusPercent: figures.femaleBonusPercent,
    quartiles: figures.quartiles.map((quarter) => ({ ...quarter, quarter: enumName(quarter.quarter) })),
    bonusGapBasis: enumName(figures.bonusGapBasis),
    method: {
      termTimeOnly: enumName(figures.method.termTimeOnly),
      variableHoursShortService: enumName(figures.method.variableHoursShortService),
      statement: figures.method.statement,
    },
    counts: figures.counts,
    suppressed: figures.suppressed,
  };
}

/** The calculated fields of a GraphQL GenderPayGap, to compare with {@link asGraphql}. */
const pick = (gap: Record<string, unknown>) =>
  Object.fromEntries(['relevantEmployees', 'fullPayRelevantEmployees', 'meanHourlyGapPercent', 'medianHourlyGapPercent', 'meanBonusGapPercent',
    'medianBonusGapPercent', 'maleBonusPercent', 'femaleBonusPercent', 'quartiles', 'bonusGapBasis', 'method', 'counts', 'suppressed',
  ].map((key) => [key, gap[key]]));

describe('pay gap, workforce and recruitment through the aggregator', () => {
  let cms: TestStrapi;
  let aggregator: Aggregator;
  let executiveToken: string;
  let memberToken: string;
  let snapshots: PaySnapshotRow[];
  const records = new Map<string, PayRecord[]>();

  /** Every row of a restricted route, read straight from Strapi with the restricted token. */
  async function restrictedRows(route: string, query = ''): Promise<unknown[]> {
    const token = fs.readFileSync(requiredEnv('AGGREGATOR_RESTRICTED_TOKEN_FILE'), 'utf8').trim();
    const rows: unknown[] = [];
    for (let page = 1; ; page += 1) {
      const { status, body } = await request(`${cms.url}/api/equality/restricted/${route}?page=${page}&pageSize=100${query}`, { token });
      assert.equal(status, 200, `${route}: ${JSON.stringify(body)}`);
      rows.push(...body.data);
      if (page >= body.meta.pagination.pageCount) return rows;
    }
  }

  const executive = (query: string, variables?: Record<string, unknown>) => graphql(aggregator.url, query, { token: executiveToken, variables });

  before(async () => {
    cms = await startStrapi();
    aggregator = await startTestAggregator([trustSource(cms.url)]);
    executiveToken = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
    memberToken = await signInNonExecutive(cms);
    snapshots = (await restrictedRows('pay-snapshots')).map((row) => PaySnapshotRow.parse(row));
    for (const snapshot of snapshots) {
      records.set(snapshot.snapshotDate, (await restrictedRows('pay-records', `&snapshot=${snapshot.snapshotDate}`)).map((row) => PayRecord.parse(row)));
    }
  });

  after(async () => {
    await aggregator?.stop();
    await cms?.stop();
  });

  const snapshotOf = (date: string) => snapshots.find((snapshot) => snapshot.snapshotDate === date)!;
  const recordsOf = (date: string) => records.get(date)!;

  it('the demo has an approved 2024 snapshot and an unapproved 2025 one, past the 250 threshold', () => {
    assert.deepEqual(snapshots.map((s) => [s.snapshotDate, s.approvedOn !== null]).sort(), [['2024-03-31', true], ['2025-03-31', false]]);
    assert.ok(recordsOf('2025-03-31').length >= 250);
  });

  it("gives the executive the Trust's figures: the domain calculation on every pooled record of the snapshot", async () => {
    const { status, body } = await executive(GENDER_PAY_GAP, { year: 2025 });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const gap = body.data.genderPayGap;
    const expected = genderPayGap(recordsOf('2025-03-31'), { method: snapshotOf('2025-03-31').method });
    assert.deepEqual(pick(gap), asGraphql(expected));
    assert.deepEqual([gap.snapshotDate, gap.snapshotYear, gap.academy, gap.approved, gap.approvedOn], ['2025-03-31', 2025, null, false, null]);
    assert.equal(gap.employerSize, '250 to 499');
    // The Trust's six figures are never withheld.
    assert.deepEqual(gap.suppressed, []);
    assert.notEqual(gap.medianHourlyGapPercent, null);

    // Year-on-year, against the 2024 snapshot's pooled records.
    const previous = genderPayGap(recordsOf('2024-03-31'), { method: snapshotOf('2024-03-31').method });
    assert.equal(gap.change.comparedWith, '2024-03-31');
    assert.equal(gap.change.meanHourlyGapPercent, Math.round((expected.meanHourlyGapPercent! - previous.meanHourlyGapPercent!) * 10) / 10);
    assert.equal(gap.change.quartilesFemalePercent.length, 4);
  });

  it('withholds small numbers per academy, with reasons, and shows a large academy in full', async () => {
    const method = { method: snapshotOf('2025-03-31').method };
    const small = await executive(GENDER_PAY_GAP, { year: 2025, academy: 'chances-mentoring' });
    assert.equal(small.body.errors, undefined, JSON.stringify(small.body.errors));
    const chances = small.body.data.genderPayGap;
    assert.deepEqual(pick(chances), asGraphql(academyGenderPayGap(recordsOf('2025-03-31'), 'chances-mentoring', method)));
    assert.equal(chances.academy, 'chances-mentoring');
    assert.equal(chances.relevantEmployees, null);
    assert.equal(chances.meanHourlyGapPercent, null);
    const withheld = new Map(chances.suppressed.map((entry: { field: string; reason: string }) => [entry.field, entry.reason]));
    assert.match(withheld.get('relevantEmployees') as string, /under 10/);
    assert.match(withheld.get('meanHourlyGapPercent') as string, /fewer than 10/);
    // The employer is still the Trust.
    assert.equal(chances.employerSize, '250 to 499');

    const large = await executive(GENDER_PAY_GAP, { year: 2025, academy: 'st-georges' });
    assert.deepEqual(pick(large.body.data.genderPayGap), asGraphql(academyGenderPayGap(recordsOf('2025-03-31'), 'st-georges', method)));
    assert.notEqual(large.body.data.genderPayGap.meanHourlyGapPercent, null);

    const central = await executive(GENDER_PAY_GAP, { year: 2025, academy: 'central-team' });
    assert.deepEqual(pick(central.body.data.genderPayGap), asGraphql(academyGenderPayGap(recordsOf('2025-03-31'), null, method)));

    const unknown = await executive(GENDER_PAY_GAP, { year: 2025, academy: 'no-such-academy' });
    assert.deepEqual(codes(unknown.body), ['NOT_FOUND']);
    const none = await executive(GENDER_PAY_GAP, { year: 2019 });
    assert.equal(none.body.errors, undefined);
    assert.equal(none.body.data.genderPayGap, null);
  });

  it('computes the ethnicity pay gap and the workforce profile from the same records', async () => {
    const { body } = await executive(`{
      ethnicityPayGap(snapshotYear: 2025) {
        snapshotDate approved referenceEmployees excluded { notKnown preferNotToSay notRecorded }
        rows { kind code employees meanHourlyGapPercent medianHourlyGapPercent } suppressed { field reason }
      }
      workforceProfile(snapshotYear: 2025) {
        total employeeInformationRequired bySex { men women } byEthnicity { category count } byAcademy { academy total men women } suppressed { field reason }
      }
    }`);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const all = recordsOf('2025-03-31');
    const ethnicity = ethnicityPayGap(all, { method: snapshotOf('2025-03-31').method });
    assert.equal(body.data.ethnicityPayGap.referenceEmployees, ethnicity.reference.employees);
    assert.deepEqual(body.data.ethnicityPayGap.excluded, ethnicity.excluded);
    assert.deepEqual(
      body.data.ethnicityPayGap.rows,
      ethnicity.rows.map(({ kind, code, employees, meanHourlyGapPercent, medianHourlyGapPercent }) => ({
        kind: kind.replace(/-/g, '_').toUpperCase(), code, employees, meanHourlyGapPercent, medianHourlyGapPercent,
      })),
    );
    assert.deepEqual(body.data.ethnicityPayGap.suppressed, ethnicity.suppressed);

    const profile = workforceProfile(all);
    const shown = body.data.workforceProfile;
    assert.equal(shown.total, all.length);
    assert.equal(shown.employeeInformationRequired, true);
    assert.deepEqual(shown.bySex, profile.bySex);
    assert.deepEqual(shown.byAcademy, profile.byAcademy.map((row) => ({ ...row, academy: row.academy ?? 'central-team' })));
    // Chances has fewer than 10 staff: its headcount is withheld.
    assert.equal(shown.byAcademy.find((row: { academy: string }) => row.academy === 'chances-mentoring').total, null);
    assert.ok(shown.suppressed.some((entry: { field: string }) => entry.field === 'byAcademy.chances-mentoring.total'));
  });

  it('reports the blind-recruitment rollout of an academic year by vacancy openedOn', async () => {
    const { body } = await executive(`query($year: String!, $asOf: Date) {
      blindRecruitment(academicYear: $year, asOf: $asOf) {
        academicYear from to statusOn vacancies anonymisedVacancies anonymisedPercent panelTrainedPercent
        academies { academy { slug } vacancies anonymisedPercent panelsTrained rolloutStatus rolloutSince leadersTrained leadersTotal }
        academiesNotStarted { academy { slug } }
        trend { academicYear vacancies anonymisedPercent }
        relativeLikelihood { vacancies value white { shortlisted appointed } ethnicMinority { shortlisted appointed } suppressed { field reason } }
      }
    }`, { year: DEMO_YEAR, asOf: DEMO_AS_OF });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const recruitment = body.data.blindRecruitment;
    const vacancies = (await restrictedRows('vacancies')).map((row) => VacancyRow.parse(row));
    const inYear = vacancies.filter((vacancy) => vacancy.openedOn >= '2025-09-01' && vacancy.openedOn <= '2026-08-31');
    assert.deepEqual([recruitment.from, recruitment.to, recruitment.statusOn], ['2025-09-01', '2026-08-31', DEMO_AS_OF]);
    assert.equal(recruitment.vacancies, inYear.length);
    assert.equal(recruitment.anonymisedVacancies, inYear.filter((vacancy) => vacancy.shortlistingMethod !== 'named').length);
    const bySlug = Object.fromEntries(recruitment.academies.map((row: any) => [row.academy.slug, row]));
    assert.equal(bySlug['st-georges'].rolloutStatus, 'ALL_ROLES');
    assert.equal(bySlug['st-georges'].anonymisedPercent, 100);
    assert.equal(bySlug['oakfield-primary'].anonymisedPercent, 0);
    assert.deepEqual(recruitment.academiesNotStarted, [{ academy: { slug: 'oakfield-primary' } }]);
    assert.deepEqual(recruitment.trend.map((year: any) => year.academicYear), ['2024/25', '2025/26']);
    assert.equal(recruitment.trend[1].anonymisedPercent, recruitment.anonymisedPercent);
    const withBreakdown = inYear.filter((vacancy) => vacancy.applicantBreakdown?.byEthnicity.length);
    if (withBreakdown.length === 0) assert.equal(recruitment.relativeLikelihood, null);
    else assert.equal(recruitment.relativeLikelihood.vacancies, withBreakdown.length);
  });

  it('publishes the approved 2024 figures in the public report; the unapproved 2025 ones reach executives only', async () => {
    const { status, body } = await graphql(aggregator.url, PUBLIC_REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const objectives = body.data.trustReport.trustObjectives;
    const published = objectives.find((objective: any) => objective.code === 'GENDER_PAY_GAP').publishedPayGap;
    const approved = genderPayGap(recordsOf('2024-03-31'), { method: snapshotOf('2024-03-31').method });
    // As published: the statutory figures, without the headcounts behind them.
    assert.deepEqual(pick(published), { ...asGraphql(approved), counts: null });
    assert.deepEqual([published.snapshotYear, published.approved, published.approvedOn], [2024, true, snapshotOf('2024-03-31').approvedOn]);
    assert.equal(published.change, null);
    const profile = objectives.find((objective: any) => objective.code === 'HR_EQUALITIES_DATA').publishedWorkforceProfile;
    assert.deepEqual([profile.snapshotYear, profile.total], [2024, recordsOf('2024-03-31').length]);
    // Nothing of 2025 in what the public sees.
    assert.doesNotMatch(JSON.stringify(body), /2025-03-31|"snapshotYear":2025/);
    // Judged before the 2024 figures were approved, nothing was public yet.
    const earlier = await graphql(aggregator.url, PUBLIC_REPORT, { variables: { year: '2024/25', asOf: '2025-01-31' } });
    assert.equal(earlier.body.data.trustReport.trustObjectives.find((o: any) => o.code === 'GENDER_PAY_GAP').publishedPayGap, null);

    const latest = await executive(`query($year: String!, $asOf: Date) {
      trustReport(academicYear: $year, asOf: $asOf) { trustObjectives { code latestPayGap { snapshotYear approved meanHourlyGapPercent } anonymisedVacancyPercent } }
    }`, { year: DEMO_YEAR, asOf: DEMO_AS_OF });
    assert.equal(latest.body.errors, undefined, JSON.stringify(latest.body.errors));
    const byCode = Object.fromEntries(latest.body.data.trustReport.trustObjectives.map((objective: any) => [objective.code, objective]));
    const current = genderPayGap(recordsOf('2025-03-31'), { method: snapshotOf('2025-03-31').method });
    assert.deepEqual(byCode.GENDER_PAY_GAP.latestPayGap, { snapshotYear: 2025, approved: false, meanHourlyGapPercent: current.meanHourlyGapPercent });
    assert.equal(typeof byCode.BLIND_RECRUITMENT.anonymisedVacancyPercent, 'number');
    assert.equal(byCode.ATTAINMENT_GAPS.latestPayGap, null);
  });

  describe('access: every restricted pay, workforce and recruitment field', () => {
    const QUERIES: Record<string, string> = {
      'Query.genderPayGap': '{ academies { slug } genderPayGap(snapshotYear: 2025) { meanHourlyGapPercent } }',
      'Query.ethnicityPayGap': '{ academies { slug } ethnicityPayGap(snapshotYear: 2025) { rows { code meanHourlyGapPercent } } }',
      'Query.workforceProfile': '{ academies { slug } workforceProfile(snapshotYear: 2025) { total } }',
      'Query.blindRecruitment': '{ academies { slug } blindRecruitment(academicYear: "2025/26") { anonymisedPercent } }',
      'TrustObjective.latestPayGap': '{ academies { slug } trustReport(academicYear: "2025/26") { trustObjectives { code latestPayGap { meanHourlyGapPercent } } } }',
      'TrustObjective.anonymisedVacancyPercent': '{ academies { slug } trustReport(academicYear: "2025/26") { trustObjectives { code anonymisedVacancyPercent } } }',
      'Query.auditTrail': '{ academies { slug } auditTrail(type: "objective") { action } }',
    };
    // The trends' and pay measures' restricted fields are covered in evidence.test.ts.
    const fields = restrictedFields(typeDefs).filter((coordinate) => !/^(Source|Trends|PayMeasure)\./.test(coordinate));

    it('has a query for every restricted field', () => {
      assert.deepEqual(fields.sort(), Object.keys(QUERIES).sort());
    });

    /** Every value at a restricted field's paths is null, and each carries the error. */
    function assertRefused(coordinate: string, body: GraphqlBody, code: string) {
      const field = coordinate.split('.')[1]!;
      assert.equal(body.data.academies.length, 4, 'public fields are still answered');
      const errors = body.errors ?? [];
      assert.ok(errors.length > 0);
      for (const error of errors) {
        assert.equal(error.extensions?.code, code);
        assert.equal(error.path?.at(-1), field);
      }
      if (coordinate.startsWith('Query.')) assert.equal(body.data[field], null);
      else for (const objective of body.data.trustReport.trustObjectives) assert.equal(objective[field], null);
      assert.equal(errors.length, coordinate.startsWith('Query.') ? 1 : body.data.trustReport.trustObjectives.length);
    }

    for (const [coordinate, query] of Object.entries(QUERIES)) {
      it(`${coordinate}: anonymous → null with UNAUTHENTICATED; signed in without the role → null with FORBIDDEN`, async () => {
        const anonymous = await graphql(aggregator.url, query);
        assert.equal(anonymous.status, 200);
        assertRefused(coordinate, anonymous.body, 'UNAUTHENTICATED');
        const member = await graphql(aggregator.url, query, { token: memberToken });
        assert.equal(member.status, 200);
        assertRefused(coordinate, member.body, 'FORBIDDEN');
        const answered = await graphql(aggregator.url, query, { token: executiveToken });
        assert.equal(answered.body.errors, undefined, JSON.stringify(answered.body.errors));
      });
    }
  });

  describe('the restricted token', () => {
    const tokenDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eqhub-pay-gap-'));
    after(() => fs.rmSync(tokenDir, { recursive: true, force: true }));

    async function withSource(extra: Record<string, unknown>, omitRestricted = false) {
      const { restrictedTokenFile: _restricted, ...withoutRestricted } = trustSource(cms.url, extra);
      const other = await startTestAggregator([omitRestricted ? withoutRestricted : trustSource(cms.url, extra)]);
      try {
        const { status, body } = await graphql(other.url, '{ academies { slug } genderPayGap(snapshotYear: 2025) { meanHourlyGapPercent } }', { token: executiveToken });
        assert.equal(status, 200);
        assert.equal(body.data.academies.length, 4, 'the public part still answers');
        assert.equal(body.data.genderPayGap, null);
        assert.ok(body.errors?.every((error) => error.extensions?.code === 'SOURCE_UNAVAILABLE' && error.extensions?.source === 'trust'), JSON.stringify(body.errors));
        // The source-level error names what could not be read, and leaves no academy out.
        const sourceError = body.errors!.find((error) => !error.path);
        assert.deepEqual([sourceError?.extensions?.types, sourceError?.extensions?.academies], [['pay-snapshots'], []]);
        return body.errors!.map((error) => error.message).join('\n');
      } finally {
        await other.stop();
      }
    }

    it('not configured: a source error naming the setting, not a crash', async () => {
      assert.match(await withSource({}, true), /no restricted API token configured \(set restrictedTokenFile or restrictedTokenEnv/);
    });

    it('configured but not written yet: a source error', async () => {
      assert.match(await withSource({ restrictedTokenFile: path.join(tokenDir, 'missing.token') }), /has no restricted API token yet/);
    });

    it("the read-only token in its place: Strapi refuses it, and the error says so", async () => {
      const copy = path.join(tokenDir, 'read-only-copy.token');
      fs.copyFileSync(requiredEnv('AGGREGATOR_TOKEN_FILE'), copy);
      assert.match(await withSource({ restrictedTokenFile: copy }), /refused the restricted API token \(HTTP 403\)/);
    });
  });

  it('reads each snapshot once per request, page by page: nothing per academy', async () => {
    const proxy = await countingProxy(cms.url);
    const counted = await startTestAggregator([trustSource(proxy.url, { pageSize: 50 })]);
    try {
      const { body } = await graphql(counted.url, `{
        trust: genderPayGap(snapshotYear: 2025) { meanHourlyGapPercent change { meanHourlyGapPercent } }
        a: genderPayGap(snapshotYear: 2025, academy: "st-georges") { meanHourlyGapPercent change { meanHourlyGapPercent } }
        b: genderPayGap(snapshotYear: 2025, academy: "brook-and-meadow") { meanHourlyGapPercent }
        c: genderPayGap(snapshotYear: 2025, academy: "oakfield-primary") { meanHourlyGapPercent }
        d: genderPayGap(snapshotYear: 2025, academy: "chances-mentoring") { meanHourlyGapPercent }
        workforceProfile(snapshotYear: 2025) { total }
        ethnicityPayGap(snapshotYear: 2025) { referenceEmployees }
      }`, { token: executiveToken });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const pages = (date: string) => Math.ceil(recordsOf(date).length / 50);
      assert.ok(pages('2025-03-31') > 1);
      const equality = Object.entries(proxy.byPath()).filter(([route]) => route.startsWith('/api/equality/'));
      // Each snapshot's records once (2024's for the changes), the snapshots once; the slugs are found among
      // the records, so the academies are not even read.
      assert.deepEqual(Object.fromEntries(equality), {
        '/api/equality/restricted/pay-snapshots': 1,
        '/api/equality/restricted/pay-records': pages('2025-03-31') + pages('2024-03-31'),
      });
    } finally {
      await counted.stop();
      await proxy.close();
    }
  });
});
