/** Every problem that rejects an import file, by row and column, as the server reports them. */
import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ImportProblem } from '@equality-hub/domain';

export function ProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <Table colCount={3} rowCount={problems.length + 1} aria-label="Problems">
      <Thead>
        <Tr>
          <Th><Typography variant="sigma">Row</Typography></Th>
          <Th><Typography variant="sigma">Column</Typography></Th>
          <Th><Typography variant="sigma">Problem</Typography></Th>
        </Tr>
      </Thead>
      <Tbody>
        {problems.map((problem, index) => (
          <Tr key={index}>
            <Td><Typography>{problem.row ?? '–'}</Typography></Td>
            <Td><Typography>{problem.column ?? '–'}</Typography></Td>
            <Td><Typography>{problem.message}</Typography></Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
