/**
 * The SQL floor: the Trust report computed by hand-written SQL straight over Strapi's PostgreSQL tables
 * (published rows only, as the public API serves them) — per-academy compliance, the coverage grid, and
 * progress — the same rules as @equality-hub/domain's compliance, coverage and progress. No HTTP, no
 * JSON, no JavaScript per record: what a report costs when the database does everything.
 *
 * It is also checked against the aggregator's own answer (`compare`), so the floor is the same report.
 */
import { ProgressStatus, ProtectedCharacteristic, PsedAim, TargetGroup, type RagValue } from '@equality-hub/domain';
import type { Client } from 'pg';
import { academicYearBounds } from '../../../aggregator/src/academic-year';

const STAFF_GROUPS = TargetGroup.values.filter((group) => TargetGroup.audienceOf(group) === 'staff');

/** Published objectives of academies in the Trust on $1, with their plan and academy. */
const OBJECTIVES = `
  academies AS (
    SELECT id, urn FROM equality_academies
    WHERE (joined_on IS NULL OR joined_on <= $1::date) AND (left_on IS NULL OR left_on > $1::date)
  ),
  objectives AS (
    SELECT o.id, al.academy_id, p.document_id AS plan_document_id, p.period_start, p.period_end,
           o.psed_aims, o.protected_characteristics, o.target_groups, o.progress_status
    FROM equality_objectives o
    JOIN equality_objectives_academy_lnk al ON al.objective_id = o.id
    JOIN academies a ON a.id = al.academy_id
    JOIN equality_objectives_plan_lnk pl ON pl.objective_id = o.id
    JOIN equality_objectives_plans p ON p.id = pl.objectives_plan_id
    WHERE o.published_at IS NOT NULL
  )`;

/** $1 asOf, $2 the academic year's first day, $3 its last: objectives whose plan runs in the year. */
const YEAR_OBJECTIVES = `${OBJECTIVES},
  year_objectives AS (SELECT * FROM objectives WHERE period_start <= $3::date AND period_end >= $2::date)`;

const COMPLIANCE_SQL = `WITH ${OBJECTIVES},
  plan_in_force AS (
    SELECT DISTINCT ON (l.academy_id) l.academy_id, p.document_id, p.period_start, p.period_end
    FROM equality_objectives_plans p JOIN equality_objectives_plans_academy_lnk l ON l.objectives_plan_id = p.id
    WHERE p.published_at IS NOT NULL AND p.period_start <= $1::date AND $1::date <= p.period_end
    ORDER BY l.academy_id, p.period_start DESC
  ),
  plan_objectives AS (
    SELECT o.academy_id, count(*) AS total,
           count(*) FILTER (WHERE m.baseline IS NOT NULL AND m.target IS NOT NULL) AS measurable
    FROM objectives o
    JOIN plan_in_force f ON f.academy_id = o.academy_id AND f.document_id = o.plan_document_id
    LEFT JOIN equality_objectives_cmps c ON c.entity_id = o.id AND c.field = 'measure'
    LEFT JOIN components_equality_measures m ON m.id = c.cmp_id
    GROUP BY o.academy_id
  ),
  information AS (
    SELECT DISTINCT ON (l.academy_id) l.academy_id, i.published_on
    FROM equality_information i JOIN equality_information_academy_lnk l ON l.equality_information_id = i.id
    WHERE i.published_at IS NOT NULL AND i.published_on <= $1::date AND i.academic_year <= $2
    ORDER BY l.academy_id, i.published_on DESC
  ),
  statements AS (
    SELECT l.academy_id,
           coalesce(bool_or(coalesce(s.next_review_due,
             (coalesce(s.last_reviewed_on, s.approved_on) + make_interval(months => s.review_frequency_months))::date) < $1::date), false) AS overdue,
           bool_or(s.approved_on IS NULL OR s.approved_on > $1::date) AS unapproved
    FROM equality_statements s JOIN equality_statements_academy_lnk l ON l.statement_id = s.id
    WHERE s.published_at IS NOT NULL
    GROUP BY l.academy_id
  )
  SELECT a.urn,
    CASE
      WHEN i.published_on IS NULL OR i.published_on < ($1::date - interval '12 months')::date
        OR f.academy_id IS NULL OR f.period_end > (f.period_start + interval '4 years')::date THEN 'red'
      WHEN coalesce(po.total, 0) = 0 OR po.total > po.measurable OR coalesce(s.overdue, false) OR coalesce(s.unapproved, false) THEN 'amber'
      ELSE 'green'
    END AS rag,
    coalesce(po.total, 0)::int AS objective_count, coalesce(po.measurable, 0)::int AS measurable_count
  FROM academies a
  LEFT JOIN plan_in_force f ON f.academy_id = a.id
  LEFT JOIN plan_objectives po ON po.academy_id = a.id
  LEFT JOIN information i ON i.academy_id = a.id
  LEFT JOIN statements s ON s.academy_id = a.id
  ORDER BY a.id`;

/** $4 aims, $5 characteristics, $6 staff target groups. Marriage is covered by aim (a) only; age cells count staff objectives only. */
const COVERAGE_SQL = `WITH ${YEAR_OBJECTIVES}
  SELECT aim, characteristic,
    CASE WHEN characteristic = 'marriage-and-civil-partnership' AND aim <> 'eliminate-discrimination' THEN 0 ELSE count(o.id) END::int AS objective_count,
    CASE WHEN characteristic = 'marriage-and-civil-partnership' AND aim <> 'eliminate-discrimination' THEN 0 ELSE count(DISTINCT o.academy_id) END::int AS academy_count
  FROM unnest($4::text[]) WITH ORDINALITY AS aims(aim, aim_order)
  CROSS JOIN unnest($5::text[]) WITH ORDINALITY AS characteristics(characteristic, characteristic_order)
  LEFT JOIN year_objectives o
    ON o.psed_aims ? aim
   AND (o.protected_characteristics ? 'all' OR o.protected_characteristics ? characteristic)
   AND (characteristic <> 'age' OR o.target_groups ?| $6::text[])
  GROUP BY aim, aim_order, characteristic, characteristic_order
  ORDER BY aim_order, characteristic_order`;

/** Counts by status, overdue open actions, and objectives with no progress update for $4 days. */
const PROGRESS_SQL = `WITH ${YEAR_OBJECTIVES},
  actions AS (
    SELECT o.id AS objective_id, a.state, a.due_on, a.completed_on
    FROM year_objectives o
    JOIN equality_objectives_cmps c ON c.entity_id = o.id AND c.field = 'actions'
    JOIN components_equality_actions a ON a.id = c.cmp_id
  ),
  updates AS (
    SELECT objective_id, max(day) AS last_update FROM (
      SELECT o.id AS objective_id, m.date AS day
      FROM year_objectives o
      JOIN equality_objectives_cmps c ON c.entity_id = o.id AND c.field = 'milestones'
      JOIN components_equality_milestones m ON m.id = c.cmp_id
      UNION ALL
      SELECT objective_id, completed_on FROM actions WHERE state = 'done'
    ) dated
    WHERE day <= $1::date
    GROUP BY objective_id
  )
  SELECT
    (SELECT count(*) FROM year_objectives)::int AS objective_count,
    (SELECT coalesce(json_object_agg(progress_status, n), '{}') FROM
      (SELECT progress_status, count(*)::int AS n FROM year_objectives WHERE progress_status IS NOT NULL GROUP BY progress_status) s) AS by_status,
    (SELECT count(*) FROM year_objectives WHERE progress_status IS NULL)::int AS no_status_count,
    (SELECT count(*) FROM actions WHERE state = 'open' AND due_on < $1::date)::int AS overdue_actions,
    (SELECT count(*) FROM year_objectives o LEFT JOIN updates u ON u.objective_id = o.id
      WHERE (o.progress_status IS NULL OR o.progress_status NOT IN ('achieved', 'discontinued'))
        AND (u.last_update IS NULL OR $1::date - u.last_update > $4::int))::int AS stale_objectives`;

export interface SqlReport {
  academyCount: number;
  ragCounts: Record<RagValue, number>;
  objectiveCount: number;
  byStatus: Record<string, number>;
  overdueActions: number;
  staleObjectives: number;
  coverage: { aim: string; characteristic: string; objectiveCount: number; academyCount: number }[];
}

export async function sqlReport(client: Client, options: { asOf: string; academicYear: string; staleAfterDays: number }): Promise<SqlReport> {
  const { from, to } = academicYearBounds(options.academicYear);
  const year = [options.asOf, from, to];
  const compliance = await client.query<{ urn: string; rag: RagValue }>(COMPLIANCE_SQL, [options.asOf, options.academicYear]);
  const coverage = await client.query<{ aim: string; characteristic: string; objective_count: number; academy_count: number }>(
    COVERAGE_SQL, [...year, [...PsedAim.values], [...ProtectedCharacteristic.values], STAFF_GROUPS],
  );
  const progress = await client.query<{ objective_count: number; by_status: Record<string, number>; overdue_actions: number; stale_objectives: number }>(
    PROGRESS_SQL, [...year, options.staleAfterDays],
  );
  const ragCounts: Record<RagValue, number> = { red: 0, amber: 0, green: 0 };
  for (const row of compliance.rows) ragCounts[row.rag] += 1;
  const [totals] = progress.rows;
  return {
    academyCount: compliance.rows.length,
    ragCounts,
    objectiveCount: totals!.objective_count,
    // In the vocabulary's order, as the aggregator lists them.
    byStatus: Object.fromEntries(ProgressStatus.values.filter((status) => status in totals!.by_status).map((status) => [status, totals!.by_status[status]!])),
    overdueActions: totals!.overdue_actions,
    staleObjectives: totals!.stale_objectives,
    coverage: coverage.rows.map((row) => ({ aim: row.aim, characteristic: row.characteristic, objectiveCount: row.objective_count, academyCount: row.academy_count })),
  };
}

/** The aggregator's answer to REPORT_QUERY in the SqlReport's shape, to check both compute the same report. */
export function reportFigures(data: Record<string, any>): SqlReport {
  const report = data.trustReport;
  const lower = (value: string) => value.toLowerCase().replace(/_/g, '-');
  return {
    academyCount: report.academyCount,
    ragCounts: report.ragCounts,
    objectiveCount: report.progress.objectiveCount,
    byStatus: Object.fromEntries(report.progress.byStatus.filter((entry: any) => entry.count > 0).map((entry: any) => [lower(entry.status), entry.count])),
    overdueActions: report.progress.overdueActions.length,
    staleObjectives: report.progress.staleObjectives.length,
    coverage: report.coverage.cells.map((cell: any) => ({
      aim: lower(cell.aim), characteristic: lower(cell.characteristic), objectiveCount: cell.objectiveCount, academyCount: cell.academyCount,
    })),
  };
}
