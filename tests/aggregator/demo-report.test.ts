/**
 * The aggregator over the demo trust (seeded with DEMO_TODAY = 2026-01-15), judged at a fixed asOf: the
 * report's numbers, zero rejected records, and the access rules for every restricted field.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { ROOT, TEST_DEMO_TODAY } from '../helpers/environment';
import { restrictedFields } from '../../aggregator/src/schema/restricted';
import { typeDefs } from '../../aggregator/src/schema/sdl';
import type { Aggregator } from '../../aggregator/src/server';
import { codes, DEMO_AS_OF, DEMO_YEAR, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource, signInNonExecutive } from './helpers';

const REPORT = /* GraphQL */ `
  query Report($year: String!, $asOf: Date) {
    trustReport(academicYear: $year, asOf: $asOf) {
      academicYear asOf academyCount
      ragCounts { red amber green }
      compliance {
        academy { slug }
        rag findings objectiveCount measurableObjectiveCount
        information { academicYear publishedOn current }
        plan { periodStart periodEnd withinFourYears }
        statements { title overdue reviewDue }
      }
      coverage {
        allCount
        cells { aim characteristic objectiveCount academyCount notApplicable gap }
        gaps { aim characteristic }
        agedPupilObjectives { documentId }
      }
      progress {
        objectiveCount noStatusCount staleAfterDays
        byStatus { status count }
        overdueActions { description dueOn daysOverdue objective { academy { slug } } }
        staleObjectives { lastUpdateOn objective { academy { slug } } }
      }
      trustObjectives { code contributions { academy { slug } progressStatus } }
      conflicts { urn }
      missingAcademies { urn }
    }
  }
`;

describe('aggregator over the demo trust', () => {
  let cms: TestStrapi;
  let aggregator: Aggregator;
  let executiveToken: string;
  let memberToken: string;

  before(async () => {
    assert.equal(TEST_DEMO_TODAY, DEMO_AS_OF, 'the numbers below assume the demo was seeded on the asOf day');
    cms = await startStrapi();
    aggregator = await startTestAggregator([trustSource(cms.url)]);
    executiveToken = await signIn(cms.url, EXECUTIVE.identifier, EXECUTIVE.password);
    memberToken = await signInNonExecutive(cms);
  });

  after(async () => {
    await aggregator?.stop();
    await cms?.stop();
  });

  it('judges compliance per academy at a fixed asOf', async () => {
    const { status, body } = await graphql(aggregator.url, REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const report = body.data.trustReport;
    assert.equal(report.academyCount, 4);
    assert.deepEqual(report.ragCounts, { red: 1, amber: 3, green: 0 });
    const bySlug = Object.fromEntries(report.compliance.map((entry: any) => [entry.academy.slug, entry]));

    // Chances published its information 14 months before asOf: the statutory (red) failure.
    assert.equal(bySlug['chances-mentoring'].rag, 'RED');
    assert.deepEqual(bySlug['chances-mentoring'].information, { academicYear: '2023/24', publishedOn: '2024-11-15', current: false });
    // St George's: its policy was due for review on 2025-12-16 and one objective has no measure.
    const stGeorges = bySlug['st-georges'];
    assert.equal(stGeorges.rag, 'AMBER');
    assert.deepEqual(stGeorges.information, { academicYear: '2024/25', publishedOn: '2025-11-15', current: true });
    assert.deepEqual(stGeorges.plan, { periodStart: '2024-09-01', periodEnd: '2028-08-31', withinFourYears: true });
    assert.deepEqual(stGeorges.statements.map((s: any) => [s.overdue, s.reviewDue]), [[true, '2025-12-16']]);
    assert.equal(stGeorges.objectiveCount, 4);
    assert.equal(stGeorges.measurableObjectiveCount, 3);
    assert.equal(bySlug['brook-and-meadow'].measurableObjectiveCount, 2);
    assert.equal(bySlug['oakfield-primary'].measurableObjectiveCount, 1);
    assert.deepEqual(report.conflicts, []);
    assert.deepEqual(report.missingAcademies, []);
  });

  it('counts coverage by aim × characteristic, with "all" in every cell and the not-applicable cells apart', async () => {
    const { body } = await graphql(aggregator.url, REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    const { coverage } = body.data.trustReport;
    const cell = (aim: string, characteristic: string) =>
      coverage.cells.find((c: any) => c.aim === aim && c.characteristic === characteristic);
    assert.equal(coverage.allCount, 3);
    assert.equal(coverage.cells.length, 27);
    // Aim (b) × disability: St George's attendance objective, Chances' "all", Brook's SEND and Oakfield's two.
    assert.deepEqual(cell('ADVANCE_EQUALITY_OF_OPPORTUNITY', 'DISABILITY'), {
      aim: 'ADVANCE_EQUALITY_OF_OPPORTUNITY', characteristic: 'DISABILITY', objectiveCount: 6, academyCount: 4, notApplicable: false, gap: false,
    });
    // Age counts only objectives aimed at staff: Chances' recruitment objective (aim (a), "all").
    assert.equal(cell('ELIMINATE_DISCRIMINATION', 'AGE').objectiveCount, 1);
    assert.equal(cell('ADVANCE_EQUALITY_OF_OPPORTUNITY', 'AGE').objectiveCount, 0);
    assert.equal(cell('FOSTER_GOOD_RELATIONS', 'MARRIAGE_AND_CIVIL_PARTNERSHIP').notApplicable, true);
    assert.equal(cell('FOSTER_GOOD_RELATIONS', 'MARRIAGE_AND_CIVIL_PARTNERSHIP').gap, false);
    assert.deepEqual(
      coverage.gaps.map((gap: any) => `${gap.aim}/${gap.characteristic}`),
      ['ADVANCE_EQUALITY_OF_OPPORTUNITY/AGE', 'FOSTER_GOOD_RELATIONS/AGE'],
    );
    assert.deepEqual(coverage.agedPupilObjectives, []);
  });

  it('reports progress: statuses, the overdue action and stale objectives', async () => {
    const { body } = await graphql(aggregator.url, REPORT, { variables: { year: DEMO_YEAR, asOf: DEMO_AS_OF } });
    const { progress, trustObjectives } = body.data.trustReport;
    assert.equal(progress.objectiveCount, 13);
    assert.equal(progress.staleAfterDays, 120);
    const byStatus = Object.fromEntries(progress.byStatus.map((entry: any) => [entry.status, entry.count]));
    assert.deepEqual(byStatus, { NOT_STARTED: 2, ON_TRACK: 9, AT_RISK: 2, OFF_TRACK: 0, ACHIEVED: 0, DISCONTINUED: 0 });
    assert.equal(progress.noStatusCount, 0);
    assert.deepEqual(progress.overdueActions, [{
      description: 'Set up a group of students to develop actions which better involve the target group',
      dueOn: '2026-01-01', daysOverdue: 14, objective: { academy: { slug: 'st-georges' } },
    }]);
    // Only St George's first objective (milestone 2025-11-15) and Brook's first (action done 2025-10-15) are recent.
    assert.equal(progress.staleObjectives.length, 11);
    // Chances' three, Brook's attendance objective and Oakfield's three have never had an update.
    assert.equal(progress.staleObjectives.filter((s: any) => s.lastUpdateOn === null).length, 7);

    assert.equal(trustObjectives.length, 5);
    const statements = trustObjectives.find((objective: any) => objective.code === 'ANNUAL_STATEMENTS');
    assert.equal(statements.contributions.length, 4);
    assert.deepEqual(statements.contributions.filter((c: any) => c.progressStatus === 'OFF_TRACK').map((c: any) => c.academy.slug), ['chances-mentoring']);
  });

  it('reads the demo data with zero rejected records, and the source is ok', async () => {
    const { body } = await graphql(aggregator.url, '{ sources { name status latencyMs trust baseUrl rejectedRecords { type id field reason } } }', { token: executiveToken });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.sources.map((s: any) => [s.name, s.status, s.trust, s.baseUrl, s.rejectedRecords]), [['trust', 'OK', true, cms.url, []]]);
    assert.ok(body.data.sources[0].latencyMs >= 0);
  });

  it('serves academies with their plan, objectives, statements and information', async () => {
    const { body } = await graphql(aggregator.url, `{
      academy(slug: "chances-mentoring") { urn name source plan { title } objectives { objective } statements { kind }
        information { academicYear figures { pupilGroup value marker } } }
      academies { slug }
    }`);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const academy = body.data.academy;
    assert.equal(academy.urn, '142002');
    assert.equal(academy.source, 'trust');
    assert.equal(academy.objectives.length, 3);
    assert.deepEqual(academy.statements, [{ kind: 'PSED_STATEMENT' }]);
    // Six girls: withheld with the marker, never shown.
    assert.deepEqual(academy.information[0].figures.find((f: any) => f.pupilGroup === 'GIRLS'), { pupilGroup: 'GIRLS', value: null, marker: 'c' });
    assert.equal(body.data.academies.length, 4);
  });

  it('answers every GraphQL query in the README, within the armor limits', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const region = readme.slice(readme.indexOf('<!-- aggregator:start -->'), readme.indexOf('<!-- aggregator:end -->'));
    const queries = [...region.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
    assert.ok(queries.length >= 7, `found ${queries.length} README queries`);
    for (const query of queries) {
      const { status, body } = await graphql(aggregator.url, query, { token: executiveToken });
      assert.equal(status, 200, query);
      assert.equal(body.errors, undefined, `${query}\n${JSON.stringify(body.errors)}`);
      assert.ok(body.data && Object.values(body.data).every((value) => value !== null), query);
    }
  });

  describe('access rules, for every restricted field of sources (pay-gap.test.ts has the others)', () => {
    const fields = restrictedFields(typeDefs);
    const queryFor = (coordinate: string) => {
      const [type, field] = coordinate.split('.');
      assert.equal(type, 'Source', `add a query for ${coordinate}`);
      return field === 'rejectedRecords' ? '{ sources { name rejectedRecords { type } } }' : `{ sources { name ${field} } }`;
    };

    it('knows which fields are restricted', () => {
      assert.deepEqual(fields.sort(), [
        'PayMeasure.includingUnapproved',
        'Query.auditTrail', 'Query.blindRecruitment', 'Query.ethnicityPayGap', 'Query.genderPayGap', 'Query.workforceProfile',
        'Source.baseUrl', 'Source.rejectedRecords', 'Trends.anonymisedShortlisting', 'Trends.unapprovedPayGaps',
        'TrustObjective.anonymisedVacancyPercent', 'TrustObjective.latestPayGap',
      ]);
    });

    for (const coordinate of ['Source.baseUrl', 'Source.rejectedRecords']) {
      const field = coordinate.split('.')[1]!;

      it(`${coordinate}: no token → 200, public fields answered, the field null with UNAUTHENTICATED`, async () => {
        const { status, body } = await graphql(aggregator.url, queryFor(coordinate));
        assert.equal(status, 200);
        assert.equal(body.data.sources[0].name, 'trust');
        assert.equal(body.data.sources[0][field], null);
        assert.deepEqual(body.errors?.map((e) => [e.extensions?.code, e.path]), [['UNAUTHENTICATED', ['sources', 0, field]]]);
      });

      it(`${coordinate}: a bad token → 401, UNAUTHENTICATED, no data`, async () => {
        const { status, body } = await graphql(aggregator.url, queryFor(coordinate), { token: `${executiveToken}x` });
        assert.equal(status, 401);
        assert.equal(body.data, undefined);
        assert.deepEqual(codes(body), ['UNAUTHENTICATED']);
      });

      it(`${coordinate}: a valid token without the role → 200, the field null with FORBIDDEN at its path`, async () => {
        const { status, body } = await graphql(aggregator.url, queryFor(coordinate), { token: memberToken });
        assert.equal(status, 200);
        assert.equal(body.data.sources[0][field], null);
        assert.deepEqual(body.errors?.map((e) => [e.extensions?.code, e.path]), [['FORBIDDEN', ['sources', 0, field]]]);
      });

      it(`${coordinate}: a Trust executive reads it`, async () => {
        const { status, body } = await graphql(aggregator.url, queryFor(coordinate), { token: executiveToken });
        assert.equal(status, 200);
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        assert.notEqual(body.data.sources[0][field], null);
      });
    }

    it('keeps public fields public for a signed-in member', async () => {
      const { body } = await graphql(aggregator.url, '{ sources { name status } academies { urn } }', { token: memberToken });
      assert.equal(body.errors, undefined);
      assert.equal(body.data.academies.length, 4);
    });
  });
});
