/**
 * Upload, preview, confirm: the admin side of every file importer. The caller supplies its options (as
 * inputs and as the form fields they produce), says how to show a preview and a result, and names its two
 * routes; this component sends the file with the fields to the preview route, shows what comes back, and
 * only after the user confirms sends the same file and fields to the import route. Changing the file or
 * an option discards the preview, so what is imported is always what was previewed.
 *
 * A rejected import answers 400 with `details.problems` (row, column, message); they are shown with
 * ProblemsTable, as are any other error's message.
 */
import * as React from 'react';
import { Alert, Box, Button, Field, Flex } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ImportProblem } from '@equality-hub/domain';
import { apiErrorOf } from '../utils/api-error';
import { ProblemsTable } from './ProblemsTable';

export interface ImportWizardProps<Preview, Result> {
  /** What the file input accepts, e.g. ".csv,text/csv". */
  accept: string;
  /** Admin routes, e.g. "/equality/pay-import/preview" and "/equality/pay-import". */
  previewPath: string;
  importPath: string;
  /** The options as form fields, sent with the file to both routes. */
  fields: Record<string, string>;
  /** The inputs for those options. */
  options?: React.ReactNode;
  /** False while the options are incomplete. */
  ready?: boolean;
  renderPreview(preview: Preview): React.ReactNode;
  /** Whether the previewed file may be imported. */
  canImport(preview: Preview): boolean;
  renderResult(result: Result): React.ReactNode;
  confirmLabel?: string;
}

type Step<Preview, Result> =
  | { kind: 'choosing' }
  | { kind: 'working'; previous?: Preview }
  | { kind: 'previewed'; preview: Preview }
  | { kind: 'imported'; result: Result }
  | { kind: 'failed'; message: string; problems: ImportProblem[] };

function failureOf(error: unknown): { message: string; problems: ImportProblem[] } {
  const { message, details } = apiErrorOf(error);
  return { message, problems: (details?.problems as ImportProblem[] | undefined) ?? [] };
}

export function ImportWizard<Preview, Result>(props: ImportWizardProps<Preview, Result>) {
  const { post } = useFetchClient();
  const [file, setFile] = React.useState<File | null>(null);
  const [step, setStep] = React.useState<Step<Preview, Result>>({ kind: 'choosing' });
  const fieldsKey = JSON.stringify(props.fields);

  // A new file or new options make any preview stale, including one still on its way.
  const generation = React.useRef(0);
  React.useEffect(() => {
    generation.current += 1;
    setStep({ kind: 'choosing' });
  }, [file, fieldsKey]);

  const send = async <T,>(path: string): Promise<T> => {
    const form = new FormData();
    form.append('file', file!);
    for (const [name, value] of Object.entries(props.fields)) form.append(name, value);
    return (await post<T>(path, form)).data;
  };

  /** Runs a request; a preview's answer is dropped if the file or options changed meanwhile, an import's never. */
  const run = async (work: () => Promise<Step<Preview, Result>>, previous?: Preview) => {
    const started = generation.current;
    setStep({ kind: 'working', previous });
    let next: Step<Preview, Result>;
    try {
      next = await work();
    } catch (error) {
      next = { kind: 'failed', ...failureOf(error) };
    }
    if (previous !== undefined || generation.current === started) setStep(next);
  };

  const preview = () => run(async () => ({ kind: 'previewed', preview: await send<Preview>(props.previewPath) }));
  const confirm = (previewed: Preview) => run(async () => ({ kind: 'imported', result: await send<Result>(props.importPath) }), previewed);
  const working = step.kind === 'working';
  const shown = step.kind === 'previewed' ? step.preview : step.kind === 'working' ? step.previous : undefined;

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Field.Root name="file" hint="The file is checked first; nothing is written until you confirm.">
            <Field.Label>File</Field.Label>
            <input type="file" accept={props.accept} aria-label="File" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            <Field.Hint />
          </Field.Root>
          {props.options}
          <Box>
            <Button onClick={preview} disabled={!file || props.ready === false || working} loading={working && !shown}>
              Preview
            </Button>
          </Box>
        </Flex>
      </Box>

      {shown !== undefined && (
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Flex direction="column" alignItems="stretch" gap={4}>
            {props.renderPreview(shown)}
            {props.canImport(shown) && (
              <Box>
                <Button onClick={() => confirm(shown)} loading={working} disabled={working}>
                  {props.confirmLabel ?? 'Confirm import'}
                </Button>
              </Box>
            )}
          </Flex>
        </Box>
      )}

      {step.kind === 'imported' && (
        <Alert variant="success" title="Imported" closeLabel="Close" onClose={() => setStep({ kind: 'choosing' })}>
          {props.renderResult(step.result)}
        </Alert>
      )}

      {step.kind === 'failed' && (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Alert variant="danger" title="Not imported" closeLabel="Close" onClose={() => setStep({ kind: 'choosing' })}>
            {step.message}
          </Alert>
          {step.problems.length > 0 && <ProblemsTable problems={step.problems} />}
        </Flex>
      )}
    </Flex>
  );
}
