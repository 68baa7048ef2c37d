/** One record of the table as an objective of the preview, with what could not be read flagged. */
import { mapCharacteristics } from './characteristics';
import { readDates } from './dates';
import { mapPsedAims } from './psed-aims';
import type { ImportFlag, PreviewObjective } from './preview';
import type { ObjectiveRecord } from './records';
import { mapTargetGroups } from './target-groups';

const orNull = (text: string) => (text === '' ? null : text);

export function toObjective(record: ObjectiveRecord): PreviewObjective {
  const { source, entries } = record;
  const flags: ImportFlag[] = [];
  const flag = (field: string, text: string | null, message: string) => flags.push({ row: source, field, text, message });

  const psed = mapPsedAims(entries.psedLink.join('\n'));
  psed.unmatched.forEach((text) => flag('psedAims', text, 'not one of the three aims of the Public Sector Equality Duty: kept for review'));
  const characteristics = mapCharacteristics(entries.characteristic.join('\n'));
  characteristics.unmatched.forEach((text) => flag('protectedCharacteristics', text, 'not one of the nine protected characteristics: kept for review'));
  const targetGroups = mapTargetGroups(entries.targetGroups.join('\n'));
  targetGroups.unmatched.forEach((text) => flag('targetGroups', text, "not one of the Trust's target groups: kept as another target group for review"));
  const dates = readDates(entries.dates.join(' '));
  if (dates.problem) flag('dates', dates.dates.text, `dates not read (${dates.problem}): kept as written for review`);

  return {
    psedAims: psed.values,
    protectedCharacteristics: characteristics.values,
    targetGroups: targetGroups.values,
    aim: orNull(entries.aim.join('\n')),
    objective: entries.objective.join('\n'),
    actions: entries.action,
    responsible: orNull(entries.responsible.join(', ')),
    dates: dates.dates,
    milestones: entries.milestones,
    flags,
  };
}
