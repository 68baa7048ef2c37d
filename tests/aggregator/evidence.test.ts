/**
 * Objectives tied to their evidence, and the trends, through the real stack: the demo Strapi (seeded as of
 * 2026-01-15, its plans running 2024-09-01 to 2028-08-31) and the aggregator over HTTP. St George's
 * attendance objective measures the gap between disadvantaged pupils and the others (baseline −5.9, target
 * −2) from its published information; Brook and Meadow's reads its FSM-eligible pupils' attendance; the
 * Trust's gender pay gap objective the median hourly gap (baseline 11.5, target 8) of the pay gap reports.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { restrictedFields } from '../../aggregator/src/schema/restricted';
import { typeDefs } from '../../aggregator/src/schema/sdl';
import type { Aggregator } from '../../aggregator/src/server';
import { DEMO_AS_OF, DEMO_YEAR, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource, type GraphqlBody, signInNonExecutive } from './helpers';
import { countingProxy } from './upstreams';

const MEASURES = `query($slug: String!) {
  academy(slug: $slug) {
    objectives {
      objective progressStatus
      measure {
        source metric pupilGroup gap baseline target current unit
        series { academicYear observedOn value suppressed reason }
        progress { verdict expected expectedOn reason }
      }
    }
  }
}`;

const PAY_MEASURE = `query($year: String!, $asOf: Date) {
  trustReport(academicYear: $year, asOf: $asOf) {
    trustObjectives {
      code progressStatus
      payMeasure {
        source payFigure direction baseline target current
        series { snapshotDate observedOn approved value suppressed reason }
        progress { verdict expected expectedOn reason }
        includingUnapproved { current series { snapshotDate approved value } progress { verdict expected expectedOn reason } }
      }
    }
  }
}`;

const ATTENDANCE_GAP = 'Narrow the attendance gap between disadvantaged students and others';

describe('objectives tied to evidence, and trends', () => {
  let cms: TestStrapi;
  let aggregator: Aggregator;
  let executiveToken: string;
  let memberToken: string;
  let stGeorges: string;

  before(async () => {
    cms = await startStrapi();
    aggregator = await startTestAggregator([trustSource(cms.url)]);
    executiveToken = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
    memberToken = await signInNonExecutive(cms);
    const [academy] = (await cms.strapi.documents(UID.ACADEMY).findMany({ filters: { slug: 'st-georges' } })) as { documentId: string }[];
    stGeorges = academy!.documentId;
  });

  after(async () => {
    await aggregator?.stop();
    await cms?.stop();
  });

  const ask = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const { status, body } = await graphql(aggregator.url, query, { variables, token });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  const objectivesOf = async (slug: string) => (await ask(MEASURES, { slug })).academy.objectives;
  const attendanceGap = async () => (await objectivesOf('st-georges')).find((objective: any) => objective.objective === ATTENDANCE_GAP);

  /** Creates and publishes a year of St George's equality information as the system (no request). */
  async function publishYear(academicYear: string, publishedOn: string, disadvantaged: [number, number], notDisadvantaged: [number, number]) {
    const documents = cms.strapi.documents(UID.INFORMATION as 'plugin::equality.objective');
    const figure = (pupilGroup: string, [value, cohortSize]: [number, number]) => ({ metric: 'attendance-rate', pupilGroup, value, unit: 'percent', cohortSize });
    const created = await documents.create({
      data: {
        academicYear, publishedOn, academy: stGeorges,
        figures: [figure('all-pupils', [93.2, 1020]), figure('disadvantaged', disadvantaged), figure('not-disadvantaged', notDisadvantaged)],
      },
    } as never);
    await documents.publish({ documentId: created.documentId });
  }

  it('labels typed measures and reads evidence-linked ones from the published information, beside the staff-set status', async () => {
    const objectives = await objectivesOf('st-georges');
    const typed = objectives.find((objective: any) => objective.measure?.metric === 'PUPILS_FEELING_SAFE').measure;
    assert.deepEqual([typed.source, typed.current, typed.series], ['TYPED', 84, []]);

    const linked = objectives.find((objective: any) => objective.objective === ATTENDANCE_GAP);
    assert.equal(linked.progressStatus, 'AT_RISK', 'the status staff set is kept');
    assert.deepEqual({ ...linked.measure, series: undefined, progress: undefined }, {
      source: 'EVIDENCE', metric: 'ATTENDANCE_RATE', pupilGroup: 'DISADVANTAGED', gap: true, baseline: -5.9, target: -2, current: -4.2, unit: 'PERCENT',
      series: undefined, progress: undefined,
    });
    // 88.5 − 94.4 in 2023/24 and 90.1 − 94.3 in 2024/25, each dated on the 31 August closing its year.
    assert.deepEqual(linked.measure.series, [
      { academicYear: '2023/24', observedOn: '2024-08-31', value: -5.9, suppressed: false, reason: null },
      { academicYear: '2024/25', observedOn: '2025-08-31', value: -4.2, suppressed: false, reason: null },
    ]);
    // −5.9 + 3.9 × 364/1460 days = −4.93 expected on 2025-08-31; −4.2 is beyond it.
    assert.deepEqual(linked.measure.progress, {
      verdict: 'ON_TRACK', expected: -4.93, expectedOn: '2025-08-31', reason: 'the 2024/25 gap is -4.2, at or beyond the -4.93 expected on 2025-08-31',
    });

    const brook = (await objectivesOf('brook-and-meadow')).find((objective: any) => objective.measure?.pupilGroup === 'FSM_ELIGIBLE').measure;
    // 91 + 4 × 364/1460 = 92.0 expected; 92.5 published.
    assert.deepEqual([brook.source, brook.gap, brook.current, brook.progress.verdict, brook.progress.expected], ['EVIDENCE', false, 92.5, 'ON_TRACK', 92]);
  });

  it('follows the attainment and attendance gaps of an academy over the years', async () => {
    const { trends } = await ask(`{ trends(academy: "st-georges") {
      gaps { academy { slug } metric pupilGroup comparedWith unit points { academicYear value suppressed reason } }
    } }`);
    const values = (points: { value: number }[]) => points.map((point) => point.value);
    assert.deepEqual(trends.gaps.map((gap: any) => [gap.academy.slug, gap.metric, gap.pupilGroup, gap.comparedWith, gap.unit, values(gap.points)]), [
      ['st-georges', 'ATTAINMENT_KS4_ENGLISH_MATHS_GRADE_5', 'DISADVANTAGED', 'NOT_DISADVANTAGED', 'PERCENT', [-29.9, -27.7]],
      ['st-georges', 'ATTAINMENT_KS4_ENGLISH_MATHS_GRADE_5', 'NOT_DISADVANTAGED', 'DISADVANTAGED', 'PERCENT', [29.9, 27.7]],
      ['st-georges', 'ATTENDANCE_RATE', 'DISADVANTAGED', 'NOT_DISADVANTAGED', 'PERCENT', [-5.9, -4.2]],
      ['st-georges', 'ATTENDANCE_RATE', 'NOT_DISADVANTAGED', 'DISADVANTAGED', 'PERCENT', [5.9, 4.2]],
    ]);
    assert.deepEqual(trends.gaps[0].points.map((point: any) => point.academicYear), ['2023/24', '2024/25']);

    // Trust-wide, girls: Chances' six girls are withheld, so is their gap; Oakfield's is shown.
    const girls = (await ask('{ trends { gaps(pupilGroup: GIRLS) { academy { slug } metric points { academicYear value suppressed reason } } } }')).trends.gaps;
    assert.deepEqual(girls.map((gap: any) => [gap.academy.slug, gap.metric, gap.points.map((p: any) => [p.value, p.suppressed, p.reason])]), [
      ['chances-mentoring', 'ATTENDANCE_RATE', [[null, true, 'the Girls figure is withheld: cohort of fewer than 10 pupils']]],
      ['oakfield-primary', 'ATTAINMENT_KS2_RWM_EXPECTED', [[14.5, false, null]]],
    ]);

    const unknown = await graphql(aggregator.url, '{ trends(academy: "no-such-academy") { payGaps { snapshotYear } } }');
    assert.deepEqual(unknown.body.errors?.map((error) => error.extensions?.code), ['NOT_FOUND']);
  });

  it('charts the pay gap figures per snapshot: approved ones for everyone, unapproved ones for executives', async () => {
    const SIX = 'snapshotYear approved meanHourlyGapPercent medianHourlyGapPercent meanBonusGapPercent medianBonusGapPercent maleBonusPercent femaleBonusPercent';
    const { trends } = await ask(`{ trends { payGaps { ${SIX} } } }`);
    const executive = await ask(`{
      trends { payGaps { ${SIX} } unapprovedPayGaps { ${SIX} } }
      y2024: genderPayGap(snapshotYear: 2024) { ${SIX} }
      y2025: genderPayGap(snapshotYear: 2025) { ${SIX} }
    }`, undefined, executiveToken);
    // The published 2024 figures are those computed from its records; 2025 is not approved yet.
    assert.deepEqual(trends.payGaps, [executive.y2024]);
    assert.deepEqual(executive.trends.payGaps, [executive.y2024]);
    assert.deepEqual(executive.trends.unapprovedPayGaps, [executive.y2025]);
    assert.deepEqual([executive.y2024.approved, executive.y2025.approved], [true, false]);
  });

  it('gives executives the share of anonymised shortlisting by academic year, Trust-wide and per academy', async () => {
    const data = await ask(`{
      trust: trends { anonymisedShortlisting { academicYear vacancies anonymisedVacancies anonymisedPercent } }
      stGeorges: trends(academy: "st-georges") { anonymisedShortlisting { academicYear anonymisedPercent } }
      oakfield: trends(academy: "oakfield-primary") { anonymisedShortlisting { academicYear anonymisedPercent } }
      blindRecruitment(academicYear: "${DEMO_YEAR}", asOf: "${DEMO_AS_OF}") { trend { academicYear vacancies anonymisedVacancies anonymisedPercent } }
    }`, undefined, executiveToken);
    assert.deepEqual(data.trust.anonymisedShortlisting, data.blindRecruitment.trend);
    assert.deepEqual(data.trust.anonymisedShortlisting.map((year: any) => year.academicYear), ['2024/25', '2025/26']);
    assert.equal(data.stGeorges.anonymisedShortlisting.at(-1).anonymisedPercent, 100);
    assert.ok(data.oakfield.anonymisedShortlisting.every((year: any) => year.anonymisedPercent === 0));
  });

  it("measures the Trust's pay gap objective by the approved reports; the unapproved snapshot counts for executives only", async () => {
    const variables = { year: DEMO_YEAR, asOf: DEMO_AS_OF };
    const pay = (data: any) => data.trustReport.trustObjectives.find((objective: any) => objective.code === 'GENDER_PAY_GAP').payMeasure;
    const { y2024, y2025 } = await ask('{ y2024: genderPayGap(snapshotYear: 2024) { medianHourlyGapPercent } y2025: genderPayGap(snapshotYear: 2025) { medianHourlyGapPercent } }', undefined, executiveToken);

    const anonymous = await graphql(aggregator.url, PAY_MEASURE, { variables });
    const measure = pay(anonymous.body.data);
    assert.deepEqual([measure.source, measure.payFigure, measure.direction, measure.baseline, measure.target], ['EVIDENCE', 'MEDIAN_HOURLY_GAP', 'DECREASE', 11.5, 8]);
    assert.equal(measure.current, y2024.medianHourlyGapPercent);
    assert.deepEqual(measure.series, [
      { snapshotDate: '2024-03-31', observedOn: '2024-03-31', approved: true, value: y2024.medianHourlyGapPercent, suppressed: false, reason: null },
    ]);
    // The only approved snapshot predates the objective's start (2024-09-01): nothing to judge yet.
    assert.deepEqual(measure.progress, {
      verdict: 'NOT_ENOUGH_DATA', expected: null, expectedOn: null,
      reason: 'no value observed after the baseline (2024-09-01): the latest is the 2024-03-31 snapshot, of 2024-03-31',
    });
    assert.equal(measure.includingUnapproved, null);
    assert.deepEqual(anonymous.body.errors?.map((error) => [error.extensions?.code, error.path?.slice(-2)]), [
      ['UNAUTHENTICATED', ['payMeasure', 'includingUnapproved']],
    ]);
    assert.doesNotMatch(JSON.stringify(anonymous.body.data), /2025-03-31/);

    const withUnapproved = pay(await ask(PAY_MEASURE, variables, executiveToken)).includingUnapproved;
    assert.equal(withUnapproved.current, y2025.medianHourlyGapPercent);
    assert.deepEqual(withUnapproved.series.map((point: any) => [point.snapshotDate, point.approved]), [['2024-03-31', true], ['2025-03-31', false]]);
    // 11.5 − 3.5 × 211/1460 days = 10.99 expected on 2025-03-31; the demo's 2025 gap is far above it.
    assert.ok(y2025.medianHourlyGapPercent > 10.99 + 0.35);
    assert.deepEqual({ ...withUnapproved.progress, reason: undefined }, { verdict: 'BEHIND', expected: 10.99, expectedOn: '2025-03-31', reason: undefined });
    assert.match(withUnapproved.progress.reason, /^the 2025-03-31 snapshot is [\d.]+, more than 0\.35 short of the 10\.99 expected on 2025-03-31$/);

    const others = (await ask(PAY_MEASURE, variables, executiveToken)).trustReport.trustObjectives.filter((o: any) => o.code !== 'GENDER_PAY_GAP');
    assert.ok(others.every((objective: any) => objective.payMeasure === null));
  });

  it('resolves every measure from what the request already reads: one read of information and plans, none per objective', async () => {
    const proxy = await countingProxy(cms.url);
    const counted = await startTestAggregator([trustSource(proxy.url)]);
    try {
      const { body } = await graphql(counted.url, `{
        academies { objectives { measure { current series { value } progress { verdict } } } }
        trends { gaps { points { value } } }
      }`);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const equality = Object.fromEntries(Object.entries(proxy.byPath()).filter(([route]) => route.startsWith('/api/equality/')));
      assert.deepEqual(equality, {
        '/api/equality/academies': 1, '/api/equality/objectives': 1, '/api/equality/information': 1, '/api/equality/plans': 1,
      });
    } finally {
      await counted.stop();
      await proxy.close();
    }
  });

  it('a new year of published information changes the current value and the verdict', async () => {
    const before = (await attendanceGap()).measure;
    assert.deepEqual([before.current, before.progress.verdict], [-4.2, 'ON_TRACK']);

    // 2025/26: 89.0 against 94.6, a gap of −5.6 where −5.9 + 3.9 × 729/1460 = −3.95 was expected (tolerance 0.39).
    await publishYear('2025/26', '2026-10-15', [89.0, 250], [94.6, 770]);
    const after = await attendanceGap();
    assert.equal(after.progressStatus, 'AT_RISK', 'the computed verdict never overwrites the status staff set');
    assert.equal(after.measure.current, -5.6);
    assert.deepEqual(after.measure.series.map((point: any) => [point.academicYear, point.value]), [['2023/24', -5.9], ['2024/25', -4.2], ['2025/26', -5.6]]);
    assert.deepEqual(after.measure.progress, {
      verdict: 'BEHIND', expected: -3.95, expectedOn: '2026-08-31', reason: 'the 2025/26 gap is -5.6, more than 0.39 short of the -3.95 expected on 2026-08-31',
    });
    const { trends } = await ask('{ trends(academy: "st-georges") { gaps(metric: ATTENDANCE_RATE, pupilGroup: DISADVANTAGED) { points { academicYear value } } } }');
    assert.deepEqual(trends.gaps[0].points.map((point: any) => point.value), [-5.9, -4.2, -5.6]);
  });

  it('never uses a suppressed figure as the current value, and says why there is none', async () => {
    // 2026/27: eight disadvantaged pupils, a cohort under 10, so their figure (and the gap) is withheld.
    await publishYear('2026/27', '2027-10-15', [95.0, 8], [94.0, 1012]);
    const { measure } = await attendanceGap();
    assert.equal(measure.current, null, 'neither the withheld figure nor the older −5.6 is the current value');
    assert.deepEqual(measure.series.at(-1), {
      academicYear: '2026/27', observedOn: '2027-08-31', value: null, suppressed: true,
      reason: 'the Disadvantaged figure is withheld: cohort of fewer than 10 pupils',
    });
    assert.deepEqual({ ...measure.progress, expected: undefined }, {
      verdict: 'NOT_ENOUGH_DATA', expected: undefined, expectedOn: '2027-08-31',
      reason: 'the 2026/27 gap has no value: the Disadvantaged figure is withheld: cohort of fewer than 10 pupils',
    });
    const { trends } = await ask('{ trends(academy: "st-georges") { gaps(metric: ATTENDANCE_RATE, pupilGroup: DISADVANTAGED) { points { value suppressed } } } }');
    assert.deepEqual(trends.gaps[0].points.at(-1), { value: null, suppressed: true });
  });

  describe('access: the restricted trend and measure fields', () => {
    const QUERIES: Record<string, string> = {
      'Trends.unapprovedPayGaps': '{ trends { payGaps { snapshotYear } unapprovedPayGaps { snapshotYear } } }',
      'Trends.anonymisedShortlisting': '{ trends { payGaps { snapshotYear } anonymisedShortlisting { academicYear } } }',
      'PayMeasure.includingUnapproved': `{ trends { payGaps { snapshotYear } } trustReport(academicYear: "${DEMO_YEAR}") { trustObjectives { payMeasure { current includingUnapproved { current } } } } }`,
    };

    it('has a query for every restricted field of the trends and the pay measures', () => {
      const ours = restrictedFields(typeDefs).filter((coordinate) => /^(Trends|PayMeasure)\./.test(coordinate));
      assert.deepEqual(ours.sort(), Object.keys(QUERIES).sort());
    });

    /** The restricted field is null with the error at its path; the public pay gaps are still answered. */
    function assertRefused(coordinate: string, body: GraphqlBody, code: string) {
      const field = coordinate.split('.')[1]!;
      assert.equal(body.data.trends.payGaps.length, 1, 'public fields are still answered');
      assert.ok(body.errors?.length);
      for (const error of body.errors!) assert.deepEqual([error.extensions?.code, error.path?.at(-1)], [code, field]);
      if (coordinate.startsWith('Trends.')) assert.equal(body.data.trends[field], null);
      else assert.ok(body.data.trustReport.trustObjectives.every((objective: any) => objective.payMeasure === null || objective.payMeasure[field] === null));
    }

    for (const [coordinate, query] of Object.entries(QUERIES)) {
      it(`${coordinate}: anonymous → null with UNAUTHENTICATED; without the role → FORBIDDEN; an executive reads it`, async () => {
        assertRefused(coordinate, (await graphql(aggregator.url, query)).body, 'UNAUTHENTICATED');
        assertRefused(coordinate, (await graphql(aggregator.url, query, { token: memberToken })).body, 'FORBIDDEN');
        const answered = await graphql(aggregator.url, query, { token: executiveToken });
        assert.equal(answered.body.errors, undefined, JSON.stringify(answered.body.errors));
      });
    }
  });
});
