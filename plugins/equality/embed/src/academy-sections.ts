/** The parts of an academy's equality page below its objectives: the statement, the information, the date. */
import { Metric, PupilGroup, StatementKind, type EqualityInformation, type PublishedFigure, type Statement } from '@equality-hub/domain';
import { dataTable, type Column } from './data-table';
import { h, heading, time, type Child } from './dom';
import { fileDescription, formatDate, formatFigure, isoDay, paragraphs } from './format';

const dated = (label: string, iso: string | null | undefined): Child => (iso ? [label, ' ', time(iso, formatDate(iso)), '. '] : null);

export function statementSection(statement: Statement | null, level: number): HTMLElement {
  if (!statement) {
    return h('section', {}, heading(level, {}, 'Equality statement'), h('p', {}, 'No equality statement has been published yet.'));
  }
  const { document: file } = statement;
  return h(
    'section',
    { part: 'statement' },
    heading(level, {}, StatementKind.label(statement.kind), ': ', statement.title),
    h('p', { class: 'meta' }, [
      statement.approvedOn ? ['Approved', statement.approvedBy ? ` by ${statement.approvedBy}` : '', ' on ', time(statement.approvedOn, formatDate(statement.approvedOn)), '. '] : null,
      dated('Last reviewed on', statement.lastReviewedOn),
      dated('Next review due', statement.nextReviewDue),
    ]),
    paragraphs(statement.body).map((text) => h('p', {}, text)),
    file ? h('p', {}, h('a', { href: file.url, part: 'link document-link' }, `Read the ${statement.title} (${fileDescription(file)})`)) : null,
  );
}

/** A figure, or why it is withheld: small cohorts are never shown. */
function figureCell(figure: PublishedFigure): Child {
  if (figure.value === null) {
    return h('span', { class: 'withheld', part: 'withheld' }, `Not published: ${figure.reason ?? 'the group is too small to publish safely'}`);
  }
  return formatFigure(figure.value, figure.unit);
}

const FIGURE_COLUMNS: readonly Column<PublishedFigure>[] = [
  { label: 'Measure', cell: (figure) => Metric.label(figure.metric), headsRow: true },
  { label: 'Pupil group', cell: (figure) => PupilGroup.label(figure.pupilGroup) },
  { label: 'Pupils', cell: (figure) => (figure.cohortSize == null ? null : formatFigure(figure.cohortSize, 'count')), numeric: true },
  { label: 'Figure', cell: figureCell, numeric: true },
];

const COMPARATOR_COLUMN: Column<PublishedFigure> = {
  label: 'Comparator',
  cell: (figure) => (figure.comparatorValue == null ? null : formatFigure(figure.comparatorValue, figure.unit)),
  numeric: true,
};

export function informationSection(information: EqualityInformation | null, level: number): HTMLElement {
  const title = heading(level, {}, 'Equality information');
  if (!information) return h('section', {}, title, h('p', {}, 'No equality information has been published yet.'));
  const { figures, academicYear } = information;
  const comparators = figures.some((figure) => figure.comparatorValue != null);
  return h(
    'section',
    { part: 'information' },
    title,
    h('p', { class: 'meta' }, `For the academic year ${academicYear}. `, dated('Published on', information.publishedOn)),
    paragraphs(information.narrative).map((text) => h('p', {}, text)),
    figures.length > 0
      ? dataTable({
          caption: `Figures for ${academicYear}`,
          columns: comparators ? [...FIGURE_COLUMNS, COMPARATOR_COLUMN] : FIGURE_COLUMNS,
          rows: figures,
          part: 'information-table',
          layout: 'wide',
        })
      : null,
  );
}

export function lastUpdated(iso: string | null): HTMLElement | null {
  return iso ? h('p', { part: 'updated' }, 'Last updated ', time(isoDay(iso), formatDate(iso))) : null;
}
