/**
 * Objectives import: academy staff upload their objectives table (the Word document itself, or the table
 * as comma- or tab-separated text), see the plan and objectives it would create and everything flagged for
 * review, then confirm. Everything is written as drafts. The format is in the README ("Importing objectives").
 */
import * as React from 'react';
import { Field, Flex, LinkButton, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import type { ObjectivesImportOptions, ObjectivesImportPreview, ObjectivesImportResult } from '../../../server/src/importers/objectives/upload-page';
import { UID } from '../../../server/src/constants';
import { ImportWizard } from '../components/ImportWizard';
import { useAdminData } from '../hooks/useAdminData';
import { PERMISSIONS } from '../permissions';
import { ObjectivesPreviewView } from './ObjectivesPreview';

/** The plan option that creates a new draft plan from the file's heading. */
const NEW_PLAN = 'new';

function Result({ result }: { result: ObjectivesImportResult }) {
  const count = result.objectiveDocumentIds.length;
  const where = result.planCreated ? `the new draft plan "${result.preview.plan.title}"` : `the plan "${result.preview.plan.title}"`;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      {`${count} draft objective${count === 1 ? '' : 's'} saved in ${where}. Review and publish them in the Content Manager.`}
      <LinkButton tag={Link} to={`/content-manager/collection-types/${UID.PLAN}/${result.planDocumentId}`} variant="secondary">
        Open the plan
      </LinkButton>
    </Flex>
  );
}

function ImportForm({ options }: { options: ObjectivesImportOptions }) {
  const { academies } = options;
  const [academy, setAcademy] = React.useState(academies.length === 1 ? academies[0]!.slug : '');
  const [plan, setPlan] = React.useState(NEW_PLAN);
  const plans = academies.find((candidate) => candidate.slug === academy)?.plans ?? [];

  if (academies.length === 0) {
    return <Page.Error content="You do not work on any academy yet: ask a Trust admin to add you to your academy's editors." />;
  }

  return (
    <ImportWizard<ObjectivesImportPreview, ObjectivesImportResult>
      accept=".docx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/csv,text/tab-separated-values,text/plain"
      previewPath="/equality/objectives-import/preview"
      importPath="/equality/objectives-import"
      fields={{ academy, plan: plan === NEW_PLAN ? '' : plan }}
      ready={academy !== ''}
      options={
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Field.Root name="academy" hint="The academy whose objectives these are.">
            <Field.Label>Academy</Field.Label>
            <SingleSelect
              value={academy}
              placeholder="Choose an academy"
              onChange={(value: string | number) => {
                setAcademy(String(value));
                setPlan(NEW_PLAN);
              }}
            >
              {academies.map(({ slug, name }) => (
                <SingleSelectOption key={slug} value={slug}>{name}</SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
          <Field.Root name="plan" hint="A new draft plan takes its title and period from the file's heading.">
            <Field.Label>Objectives plan</Field.Label>
            <SingleSelect value={plan} onChange={(value: string | number) => setPlan(String(value))}>
              <SingleSelectOption value={NEW_PLAN}>A new draft plan</SingleSelectOption>
              {plans.map(({ documentId, title, periodStart, periodEnd }) => (
                <SingleSelectOption key={documentId} value={documentId}>{`Add to "${title}" (${periodStart} to ${periodEnd})`}</SingleSelectOption>
              ))}
            </SingleSelect>
            <Field.Hint />
          </Field.Root>
        </Flex>
      }
      renderPreview={(preview) => <ObjectivesPreviewView preview={preview} labels={options.labels} appending={plan !== NEW_PLAN} />}
      canImport={(preview) => preview.ok}
      renderResult={(result) => <Result result={result} />}
      confirmLabel="Import as drafts"
    />
  );
}

export function ObjectivesImportPage() {
  const state = useAdminData<ObjectivesImportOptions>('/equality/objectives-import/options');

  return (
    <Page.Protect permissions={PERMISSIONS.objectivesImport}>
      <Page.Main>
        <Page.Title>Objectives import</Page.Title>
        <Layouts.Header
          title="Objectives import"
          subtitle="Import an objectives table (the Word document, or the table as CSV or tab-separated text). You see what it holds before anything is written; everything is saved as drafts."
        />
        <Layouts.Content>
          {state.kind === 'loading' && <Page.Loading />}
          {state.kind === 'failed' && <Page.Error content={state.message} />}
          {state.kind === 'loaded' && <ImportForm options={state.data} />}
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}
