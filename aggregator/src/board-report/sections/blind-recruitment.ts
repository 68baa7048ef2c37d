/** For Trust executives: the blind-recruitment rollout by academy, and the Trust's share over the years. */
import { RolloutStatus, type RolloutStatusValue } from '@equality-hub/domain';
import { barChart } from '../charts/bar-chart';
import { lineChart } from '../charts/line-chart';
import { COLOUR } from '../charts/scene';
import { longDate, percent, plural, vocabularyValue } from '../format';
import { cell, type Section } from '../model';
import type { BlindRecruitment } from '../operation';

const ROLLOUT_COLOURS: Record<RolloutStatusValue, string> = { 'not-started': COLOUR.red, piloting: COLOUR.orange, 'all-roles': COLOUR.green };

export function blindRecruitmentSection(recruitment: BlindRecruitment | null | undefined, academicYear: string): Section {
  const section = { id: 'blind-recruitment', title: 'Blind recruitment', restricted: true };
  if (!recruitment) return { ...section, blocks: [{ kind: 'paragraph', text: 'The recruitment data could not be read (see the notices above).' }] };
  const academies = recruitment.academies.map((academy) => {
    const status = vocabularyValue(academy.rolloutStatus) as RolloutStatusValue;
    return { ...academy, status, statusLabel: RolloutStatus.label(status) };
  });
  return {
    ...section,
    blocks: [
      {
        kind: 'paragraph',
        text: `${plural(recruitment.vacancies, 'vacancy', 'vacancies')} opened in ${academicYear}; ${percent(recruitment.anonymisedPercent)} shortlisted anonymously; ${percent(recruitment.panelTrainedPercent)} with a trained panel. Rollout as on ${longDate(recruitment.statusOn)}.`,
      },
      {
        kind: 'chart',
        chart: barChart({
          id: 'rollout-chart',
          title: `Vacancies shortlisted anonymously in ${academicYear}, by academy`,
          description: academies.map((academy) => `${academy.name}: ${academy.statusLabel.toLowerCase()}, ${academy.vacancies ? `${percent(academy.anonymisedPercent)} of ${plural(academy.vacancies, 'vacancy', 'vacancies')}` : 'no vacancies'}`).join('; '),
          max: 100,
          bars: academies.map((academy) => ({
            label: `${academy.name} (${academy.statusLabel.toLowerCase()})`,
            value: academy.anonymisedPercent ?? 0,
            colour: ROLLOUT_COLOURS[academy.status],
            text: academy.vacancies ? percent(academy.anonymisedPercent) : 'no vacancies',
          })),
        }),
      },
      {
        kind: 'table',
        table: {
          id: 'rollout-table',
          caption: `Blind-recruitment rollout by academy, ${academicYear}`,
          columns: ['Academy', 'Rollout', 'Since', 'Vacancies', 'Shortlisted anonymously', 'Panels trained', 'Leaders trained'],
          weights: [2.2, 1, 1.2, 1, 1.3, 1, 1],
          rows: academies.map((academy) => ({
            key: academy.urn,
            cells: [
              cell(academy.name),
              cell(academy.statusLabel, { tone: academy.status === 'not-started' ? 'red' : undefined, value: academy.status }),
              cell(academy.rolloutSince ? longDate(academy.rolloutSince) : '—', { value: academy.rolloutSince }),
              cell(String(academy.vacancies), { value: academy.vacancies }),
              cell(percent(academy.anonymisedPercent), { value: academy.anonymisedPercent }),
              cell(String(academy.panelsTrained), { value: academy.panelsTrained }),
              cell(academy.leadersTotal == null ? '—' : `${academy.leadersTrained ?? 0} of ${academy.leadersTotal}`, { value: academy.leadersTrained }),
            ],
          })),
        },
      },
      {
        kind: 'chart',
        chart: lineChart({
          id: 'recruitment-trend-chart',
          title: 'Vacancies shortlisted anonymously, Trust-wide, by academic year',
          description: recruitment.trend.map((year) => `${year.academicYear}: ${percent(year.anonymisedPercent)} of ${plural(year.vacancies, 'vacancy', 'vacancies')}`).join('; '),
          categories: recruitment.trend.map((year) => year.academicYear),
          series: [{ name: 'Shortlisted anonymously', colour: COLOUR.blue, values: recruitment.trend.map((year) => year.anonymisedPercent) }],
          unit: ' %',
        }),
      },
      {
        kind: 'table',
        table: {
          id: 'recruitment-trend-table',
          caption: 'Vacancies shortlisted anonymously, Trust-wide, by academic year',
          columns: ['Academic year', 'Vacancies', 'Shortlisted anonymously'],
          rows: recruitment.trend.map((year) => ({
            key: year.academicYear,
            cells: [cell(year.academicYear), cell(String(year.vacancies), { value: year.vacancies }), cell(percent(year.anonymisedPercent), { value: year.anonymisedPercent })],
          })),
        },
      },
    ],
  };
}
