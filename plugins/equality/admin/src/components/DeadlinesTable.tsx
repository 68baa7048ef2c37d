/** Deadlines as rows: when, what, whose, and where the reminders go. */
import { Badge, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { DeadlineListing } from '@equality-hub/domain';

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

function When({ days }: { days: number }) {
  if (days < 0) return <Badge variant="danger">{`Overdue by ${plural(-days, 'day')}`}</Badge>;
  if (days === 0) return <Badge variant="warning">Due today</Badge>;
  return <Badge variant={days <= 30 ? 'warning' : 'neutral'}>{`In ${plural(days, 'day')}`}</Badge>;
}

export function DeadlinesTable({ deadlines, label }: { deadlines: readonly DeadlineListing[]; label: string }) {
  return (
    <Table colCount={5} rowCount={deadlines.length + 1} aria-label={label}>
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">Due on</Typography></Th>
          <Th><Typography variant="sigma">Deadline</Typography></Th>
          <Th><Typography variant="sigma">Subject</Typography></Th>
          <Th><Typography variant="sigma">Academy</Typography></Th>
          <Th><Typography variant="sigma">Reminders to</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {deadlines.map((deadline) => (
          <Tr key={deadline.id}>
            <Td>
              <Typography tag="div">{deadline.dueOn}</Typography>
              <When days={deadline.daysUntilDue} />
            </Td>
            <Td><Typography>{deadline.kindLabel}</Typography></Td>
            <Td>
              <Typography tag="div">{deadline.subject.title}</Typography>
              {deadline.subject.context ? <Typography variant="pi" textColor="neutral600">{`Objective: ${deadline.subject.context}`}</Typography> : null}
            </Td>
            <Td><Typography>{deadline.academyName ?? 'The Trust'}</Typography></Td>
            <Td>
              {deadline.recipientEmail ? (
                <Typography>{deadline.recipientEmail}</Typography>
              ) : (
                <Badge variant="danger">No e-mail address set</Badge>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
