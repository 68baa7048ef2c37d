/**
 * `<equality-pay-gap>`: the Trust's gender pay gap as published, the latest approved snapshot unless a
 * `year` (of the 31 March snapshot) is asked for: the six statutory figures, the pay quarters, the method.
 */
import type { EqualityClient } from '@equality-hub/client/core';
import type { PayGapPublication } from '@equality-hub/domain';
import { dataTable, type Column } from './data-table';
import { h, time } from './dom';
import { EqualityElement, type Rendered } from './equality-element';
import { formatDate, formatPercent, quarterLabel } from './format';

type Gap = PayGapPublication['genderPayGap'];
type Quarter = Gap['quartiles'][number];

/** Why a bonus figure is blank, in words (SI 2017/353: no gap can be worked out without men's bonuses). */
const NO_BONUS_GAP: Record<Gap['bonusGapBasis'], string> = {
  'both-received': 'Not calculated',
  'no-woman-received': 'Not calculated',
  'no-man-received': 'Not calculated: no man received bonus pay',
  'nobody-received': 'Not calculated: nobody received bonus pay',
};

interface Figure {
  label: string;
  value: number | null;
}

const sixFigures = (gap: Gap): Figure[] => [
  { label: 'Mean hourly pay gap', value: gap.meanHourlyGapPercent },
  { label: 'Median hourly pay gap', value: gap.medianHourlyGapPercent },
  { label: 'Mean bonus pay gap', value: gap.meanBonusGapPercent },
  { label: 'Median bonus pay gap', value: gap.medianBonusGapPercent },
  { label: 'Men who received bonus pay', value: gap.maleBonusPercent },
  { label: 'Women who received bonus pay', value: gap.femaleBonusPercent },
];

const percentOr = (blank: string) => (value: number | null) => (value === null ? blank : formatPercent(value));

function figureColumns(gap: Gap): Column<Figure>[] {
  return [
    { label: 'Measure', cell: (figure) => figure.label, headsRow: true },
    { label: 'Figure', cell: (figure) => percentOr(NO_BONUS_GAP[gap.bonusGapBasis])(figure.value), numeric: true },
  ];
}

const QUARTER_COLUMNS: readonly Column<Quarter>[] = [
  { label: 'Pay quarter', cell: (quarter) => quarterLabel(quarter.quarter), headsRow: true },
  { label: 'Men', cell: (quarter) => percentOr('Not published')(quarter.malePercent), numeric: true },
  { label: 'Women', cell: (quarter) => percentOr('Not published')(quarter.femalePercent), numeric: true },
];

export class EqualityPayGapElement extends EqualityElement {
  static readonly observedAttributes = ['year', ...EqualityElement.commonAttributes];

  protected readonly loadingTitle = 'Gender pay gap';
  protected readonly loadingMessage = 'Loading the gender pay gap report…';

  private get year(): string | null {
    return this.getAttribute('year')?.trim() || null;
  }

  protected notFoundMessage(): string {
    return 'No gender pay gap report has been published here.';
  }

  protected async render(client: EqualityClient): Promise<Rendered> {
    const reports = await client.payGapReports();
    const report = this.year ? reports.find((item) => String(item.snapshotYear) === this.year) : reports[0];
    if (!report) {
      const missing = this.year ? `No gender pay gap report has been published for ${this.year}.` : 'No gender pay gap report has been published yet.';
      return { title: 'Gender pay gap', content: h('p', {}, missing) };
    }
    const gap = report.genderPayGap;
    return {
      title: `Gender pay gap: snapshot of ${formatDate(report.snapshotDate)}`,
      content: [
        h('p', { class: 'meta' }, 'Figures for the Trust as one employer on ', time(report.snapshotDate, formatDate(report.snapshotDate)),
          ` (employer size: ${report.employerSize} employees). A positive gap means women's pay is lower than men's.`),
        dataTable({ caption: 'Pay and bonus gaps', columns: figureColumns(gap), rows: sixFigures(gap), part: 'pay-gap-table', layout: 'compact' }),
        dataTable({
          caption: 'Men and women in each pay quarter, from the lowest paid to the highest paid',
          columns: QUARTER_COLUMNS,
          rows: gap.quartiles,
          part: 'pay-quarters-table',
          layout: 'compact',
        }),
        h('p', { class: 'meta' }, gap.method.statement),
      ],
    };
  }
}
