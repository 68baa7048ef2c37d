/**
 * Equality deadlines: everything overdue, then everything coming up, for the academies the user works on
 * (every academy and the Trust for Trust admins, HR and super admins). The same deadlines drive the
 * e-mail reminders; the README ("Reminders") says when they go out.
 */
import { Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { DeadlinesResponse } from '@equality-hub/domain';
import { DeadlinesTable } from '../components/DeadlinesTable';
import { useAdminData } from '../hooks/useAdminData';

function Section({ title, empty, deadlines }: { title: string; empty: string; deadlines: DeadlinesResponse['deadlines'] }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">{`${title} (${deadlines.length})`}</Typography>
      {deadlines.length > 0 ? <DeadlinesTable deadlines={deadlines} label={title} /> : <Typography textColor="neutral600">{empty}</Typography>}
    </Flex>
  );
}

export function DeadlinesPage() {
  const state = useAdminData<DeadlinesResponse>('/equality/deadlines');
  if (state.kind === 'loading') return <Page.Loading />;
  if (state.kind === 'failed') return <Page.Error content={state.message} />;
  const { asOf, deadlines } = state.data;
  const overdue = deadlines.filter((deadline) => deadline.daysUntilDue < 0);
  const upcoming = deadlines.filter((deadline) => deadline.daysUntilDue >= 0);

  return (
    <Page.Main>
      <Page.Title>Equality deadlines</Page.Title>
      <Layouts.Header
        title="Equality deadlines"
        subtitle={`As of ${asOf}. Each deadline's equality lead (or the Trust's equality owner) is e-mailed ahead of it, and weekly once it has passed.`}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={8}>
          <Section title="Overdue" empty="Nothing is overdue." deadlines={overdue} />
          <Section title="Upcoming" empty="No deadlines ahead." deadlines={upcoming} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
