/** What a payroll file holds, by head count, and what importing it would replace. */
import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { PayImportPreview, PayImportSummary } from '@equality-hub/domain';
import { Notice } from '../components/Notice';
import { ProblemsTable } from '../components/ProblemsTable';

const academyLabel = (academy: string | null) => academy ?? 'Central team';

function Replacement({ snapshot }: { snapshot: PayImportSummary['snapshot'] }) {
  if (!snapshot.exists) return <Notice variant="info" title="New snapshot">{`No snapshot for ${snapshot.snapshotDate} yet: importing creates it.`}</Notice>;
  const approval = snapshot.approvedOn ? ` It was approved on ${snapshot.approvedOn}: importing withdraws the approval and its published figures, so it must be approved again.` : '';
  return (
    <Notice variant="warning" title="Replaces a snapshot">
      {`The snapshot of ${snapshot.snapshotDate} holds ${snapshot.recordCount} records; importing replaces all of them.${approval}`}
    </Notice>
  );
}

export function PayPreview({ preview }: { preview: PayImportPreview }) {
  if (!preview.ok) {
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Notice variant="danger" title="This file cannot be imported">
          {`${preview.problems.length} problem${preview.problems.length === 1 ? '' : 's'}: correct the file and preview it again. Nothing was written.`}
        </Notice>
        <ProblemsTable problems={preview.problems} />
      </Flex>
    );
  }
  const { summary } = preview;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">
        {`${summary.rows} employees: ${summary.women} women, ${summary.men} men; ${summary.fullPayRelevant} full-pay relevant`}
      </Typography>
      <Replacement snapshot={summary.snapshot} />
      <Table colCount={2} rowCount={summary.byAcademy.length + 1} aria-label="Employees by academy">
        <Thead>
          <Tr>
            <Th><Typography variant="sigma">Academy</Typography></Th>
            <Th><Typography variant="sigma">Employees</Typography></Th>
          </Tr>
        </Thead>
        <Tbody>
          {summary.byAcademy.map(({ academy, rows }) => (
            <Tr key={academy ?? ''}>
              <Td><Typography>{academyLabel(academy)}</Typography></Td>
              <Td><Typography>{rows}</Typography></Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
}
