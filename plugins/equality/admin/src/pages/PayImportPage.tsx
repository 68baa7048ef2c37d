/**
 * Payroll import: Trust HR uploads the payroll export for a snapshot date, sees what it holds (head
 * counts only) and what it replaces, then confirms. The format is in the README ("Payroll import").
 */
import * as React from 'react';
import { Checkbox, Field, Flex, TextInput } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import type { PayImportPreview, PayImportResult } from '@equality-hub/domain';
import { ImportWizard } from '../components/ImportWizard';
import { PERMISSIONS } from '../permissions';
import { PayPreview } from './PayPreview';

/** The statutory snapshot date of the latest 31 March. */
function latestThirtyFirstOfMarch(today = new Date()): string {
  const year = today.getUTCMonth() > 2 || (today.getUTCMonth() === 2 && today.getUTCDate() === 31) ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return `${year}-03-31`;
}

function Result({ result }: { result: PayImportResult }) {
  const replaced = result.replaced > 0 ? `, replacing ${result.replaced}` : '';
  const approval = result.approvalCleared ? ' Its approval was withdrawn: approve it again to publish its figures.' : '';
  return <>{`${result.rows} records saved as the snapshot of ${result.snapshotDate}${replaced}.${approval}`}</>;
}

export function PayImportPage() {
  const [snapshotDate, setSnapshotDate] = React.useState(latestThirtyFirstOfMarch);
  const [allowNonStatutoryDate, setAllowNonStatutoryDate] = React.useState(false);

  return (
    <Page.Protect permissions={PERMISSIONS.payImport}>
      <Page.Main>
        <Page.Title>Payroll import</Page.Title>
        <Layouts.Header
          title="Payroll import"
          subtitle="Import the payroll export for a snapshot date (one row per relevant employee). Every row is checked; one bad row rejects the file."
        />
        <Layouts.Content>
          <ImportWizard<PayImportPreview, PayImportResult>
            accept=".csv,text/csv"
            previewPath="/equality/pay-import/preview"
            importPath="/equality/pay-import"
            fields={{ snapshotDate, allowNonStatutoryDate: String(allowNonStatutoryDate) }}
            ready={/^\d{4}-\d{2}-\d{2}$/.test(snapshotDate)}
            options={
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Field.Root name="snapshotDate" hint="YYYY-MM-DD. Public authorities take their snapshot on 31 March.">
                  <Field.Label>Snapshot date</Field.Label>
                  <TextInput value={snapshotDate} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setSnapshotDate(event.target.value.trim())} />
                  <Field.Hint />
                </Field.Root>
                <Checkbox checked={allowNonStatutoryDate} onCheckedChange={(checked: boolean | 'indeterminate') => setAllowNonStatutoryDate(checked === true)}>
                  Allow a date other than 31 March
                </Checkbox>
              </Flex>
            }
            renderPreview={(preview) => <PayPreview preview={preview} />}
            canImport={(preview) => preview.ok}
            renderResult={(result) => <Result result={result} />}
          />
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}
