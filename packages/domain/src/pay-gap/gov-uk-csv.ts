/**
 * The Trust's figures in the column layout of the gender pay gap service's public download, ready to copy
 * into the service. The service computes nothing: it takes these figures to at most one decimal place,
 * with the bonus gaps blank when no man received a bonus (GOV.UK "Making your calculations").
 */
import { employerSize } from './employer-size';
import type { GenderPayGap } from './gender-pay-gap';

export const GOV_UK_COLUMNS = [
  'DiffMeanHourlyPercent',
  'DiffMedianHourlyPercent',
  'DiffMeanBonusPercent',
  'DiffMedianBonusPercent',
  'MaleBonusPercent',
  'FemaleBonusPercent',
  'MaleLowerQuartile',
  'FemaleLowerQuartile',
  'MaleLowerMiddleQuartile',
  'FemaleLowerMiddleQuartile',
  'MaleUpperMiddleQuartile',
  'FemaleUpperMiddleQuartile',
  'MaleTopQuartile',
  'FemaleTopQuartile',
  'EmployerSize',
] as const;
export type GovUkColumn = (typeof GOV_UK_COLUMNS)[number];
export type GovUkRow = Readonly<Record<GovUkColumn, string>>;

const figure = (value: number | null) => (value === null ? '' : String(value));

/**
 * The row of the public download for the Trust's figures: rounded figures as written (a blank for a
 * blank figure), and the EmployerSize band of the Trust's headcount of relevant employees. Academy
 * figures are refused: the service takes the employer's figures, and the employer is the Trust.
 */
export function govUkRow(figures: GenderPayGap): GovUkRow {
  if (figures.scope !== 'trust' || figures.relevantEmployees === null) {
    throw new RangeError('the gender pay gap service takes the Trust’s figures only');
  }
  const [lower, lowerMiddle, upperMiddle, top] = figures.quartiles;
  return {
    DiffMeanHourlyPercent: figure(figures.meanHourlyGapPercent),
    DiffMedianHourlyPercent: figure(figures.medianHourlyGapPercent),
    DiffMeanBonusPercent: figure(figures.meanBonusGapPercent),
    DiffMedianBonusPercent: figure(figures.medianBonusGapPercent),
    MaleBonusPercent: figure(figures.maleBonusPercent),
    FemaleBonusPercent: figure(figures.femaleBonusPercent),
    MaleLowerQuartile: figure(lower?.malePercent ?? null),
    FemaleLowerQuartile: figure(lower?.femalePercent ?? null),
    MaleLowerMiddleQuartile: figure(lowerMiddle?.malePercent ?? null),
    FemaleLowerMiddleQuartile: figure(lowerMiddle?.femalePercent ?? null),
    MaleUpperMiddleQuartile: figure(upperMiddle?.malePercent ?? null),
    FemaleUpperMiddleQuartile: figure(upperMiddle?.femalePercent ?? null),
    MaleTopQuartile: figure(top?.malePercent ?? null),
    FemaleTopQuartile: figure(top?.femalePercent ?? null),
    EmployerSize: employerSize(figures.relevantEmployees),
  };
}

/** Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180), as "5000 to 19,999" does. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header and the Trust's row as CSV text, lines ended with CRLF as RFC 4180 has them. */
export function govUkCsv(figures: GenderPayGap): string {
  const row = govUkRow(figures);
  return [GOV_UK_COLUMNS.join(','), GOV_UK_COLUMNS.map((column) => csvField(row[column])).join(',')].join('\r\n') + '\r\n';
}
