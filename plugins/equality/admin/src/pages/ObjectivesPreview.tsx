/**
 * What an objectives table holds, as the import would write it: the plan, then each objective with its
 * aims, characteristics, groups, actions, dates and milestones, and every flag a reviewer should look at.
 */
import type * as React from 'react';
import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { reviewNote } from '../../../server/src/importers/objectives/documents';
import type { ImportFlag, ObjectivesPreview, PreviewDates } from '../../../server/src/importers/objectives/preview';
import type { ObjectivesImportOptions, ObjectivesImportPreview } from '../../../server/src/importers/objectives/upload-page';
import { Notice } from '../components/Notice';
import { ProblemsTable } from '../components/ProblemsTable';

type Labels = ObjectivesImportOptions['labels'];

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

function Entries({ entries, label }: { entries: readonly string[]; label: string }) {
  if (entries.length === 0) return <Typography textColor="neutral600">–</Typography>;
  return (
    <ul aria-label={label} style={{ margin: 0, paddingLeft: '1.2em', listStyle: 'disc' }}>
      {entries.map((entry, index) => (
        <li key={index}><Typography>{entry}</Typography></li>
      ))}
    </ul>
  );
}

/** The dates as read: a range, a start that runs on, or a deadline; then how often, if it recurs. */
function datesRead({ start, end, ongoing }: PreviewDates): string {
  if (start && end) return `${start} to ${end}`;
  if (start) return ongoing ? `From ${start}, ongoing` : `From ${start}`;
  if (end) return `By ${end}`;
  return ongoing ? 'Ongoing' : 'No dates read';
}

function Dates({ dates, labels }: { dates: PreviewDates; labels: Labels }) {
  const recurrence = dates.recurrence === 'none' ? '' : `; ${(labels.recurrence[dates.recurrence] ?? dates.recurrence).toLowerCase()}`;
  return (
    <>
      <Typography tag="div">{`${datesRead(dates)}${recurrence}`}</Typography>
      {dates.text ? <Typography variant="pi" textColor="neutral600">{`As written: ${dates.text}`}</Typography> : null}
    </>
  );
}

function FlagList({ flags, label }: { flags: readonly ImportFlag[]; label: string }) {
  return (
    <ul aria-label={label} style={{ margin: 0, paddingLeft: '1.2em', listStyle: 'disc' }}>
      {flags.map((flag, index) => (
        <li key={index}>
          <Typography>{reviewNote(flag)}</Typography>
        </li>
      ))}
    </ul>
  );
}

/** A cell that wraps its text and starts at the top, so a long objective's row reads from its first line. */
function Cell({ children, minWidth = '10rem' }: { children: React.ReactNode; minWidth?: string }) {
  return <Td style={{ verticalAlign: 'top', whiteSpace: 'normal', minWidth, paddingTop: '1rem', paddingBottom: '1rem' }}>{children}</Td>;
}

function ObjectivesTable({ summary, labels }: { summary: ObjectivesPreview; labels: Labels }) {
  const named = (values: readonly string[], field: keyof Labels) => values.map((value) => labels[field][value] ?? value);
  return (
    <Table colCount={7} rowCount={summary.objectives.length + 1} aria-label="Objectives to import">
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">Link to PSED</Typography></Th>
          <Th><Typography variant="sigma">Characteristics and groups</Typography></Th>
          <Th><Typography variant="sigma">Objective</Typography></Th>
          <Th><Typography variant="sigma">Actions</Typography></Th>
          <Th><Typography variant="sigma">Dates</Typography></Th>
          <Th><Typography variant="sigma">Milestones</Typography></Th>
          <Th><Typography variant="sigma">To review</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {summary.objectives.map((objective, index) => (
          <Tr key={index}>
            <Cell><Entries entries={named(objective.psedAims, 'psedAims')} label="PSED aims" /></Cell>
            <Cell>
              <Entries entries={named(objective.protectedCharacteristics, 'protectedCharacteristics')} label="Protected characteristics" />
              <Entries entries={named(objective.targetGroups, 'targetGroups')} label="Target groups" />
            </Cell>
            <Cell minWidth="16rem">
              <Typography tag="div" fontWeight="bold">{objective.objective}</Typography>
              {objective.aim ? <Typography variant="pi" textColor="neutral600">{`Aim: ${objective.aim}`}</Typography> : null}
              {objective.responsible ? <Typography variant="pi" tag="div">{`Responsible: ${objective.responsible}`}</Typography> : null}
            </Cell>
            <Cell minWidth="16rem"><Entries entries={objective.actions} label="Actions" /></Cell>
            <Cell><Dates dates={objective.dates} labels={labels} /></Cell>
            <Cell minWidth="14rem"><Entries entries={objective.milestones} label="Milestones" /></Cell>
            <Cell minWidth="14rem">
              {objective.flags.length === 0 ? <Badge>None</Badge> : <FlagList flags={objective.flags} label="Flags" />}
            </Cell>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

export function ObjectivesPreviewView({ preview, labels, appending }: { preview: ObjectivesImportPreview; labels: Labels; appending: boolean }) {
  if (!preview.ok) {
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Notice variant="danger" title="This file cannot be imported">
          {`${plural(preview.problems.length, 'problem')}: correct the file and preview it again. Nothing was written.`}
        </Notice>
        <ProblemsTable problems={preview.problems} />
      </Flex>
    );
  }
  const { summary } = preview;
  const flagCount = summary.flags.length + summary.objectives.reduce((count, objective) => count + objective.flags.length, 0);
  const { title, periodStart, periodEnd } = summary.plan;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {`${plural(summary.objectives.length, 'objective')} for "${title}" (${periodStart} to ${periodEnd})`}
      </Typography>
      <Notice variant="info" title={appending ? 'Appended to the plan' : 'A new draft plan'}>
        {appending
          ? 'The objectives are added to the chosen plan as drafts; the plan itself is left as it is.'
          : 'The plan and its objectives are created as drafts: review and publish them in the Content Manager.'}
      </Notice>
      {flagCount > 0 && (
        <Notice variant="warning" title={`${plural(flagCount, 'thing')} to review`}>
          Text the importer could not read with confidence is kept as written, flagged below, and saved with each draft objective as its review notes (shown in the admin only).
        </Notice>
      )}
      {summary.flags.length > 0 && <FlagList flags={summary.flags} label="Flags on the file" />}
      <ObjectivesTable summary={summary} labels={labels} />
    </Flex>
  );
}
