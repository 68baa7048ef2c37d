/** `npm run import -- objectives --academy <slug> [--plan <documentId>] [--dry-run] <file>` */
import { z } from 'zod';
import { getService } from '../utils/get-service';
import { defineCommand } from './command';

export const objectivesCommand = defineCommand({
  name: 'objectives',
  summary: "Imports an academy's objectives table (.docx, .csv, or tab-separated .tsv/.txt) as drafts: a new plan, or appended to --plan.",
  usage: '--academy <slug> [--plan <documentId>] <file>',
  flags: {
    academy: { type: 'string' },
    plan: { type: 'string' },
  },
  options: z
    .object({
      academy: z.string({ error: '--academy <slug> is required: the academy whose objectives these are' }),
      plan: z.string().optional(),
    })
    .transform((flags) => ({ academySlug: flags.academy, planDocumentId: flags.plan })),
  async run(strapi, { file, options, dryRun }) {
    const service = getService(strapi, 'objectives-import');
    const input = { ...options, file: { name: file.name, bytes: file.content } };
    if (dryRun) {
      const preview = await service.preview(input);
      return preview.ok ? { ok: true, result: preview.summary } : { ok: false, problems: preview.problems };
    }
    return service.importObjectives(input);
  },
  // The dry run's stdout is the preview itself, as the admin's upload page shows it.
  stdout: (outcome, { dryRun }) => (dryRun && outcome.ok ? outcome.result : undefined),
});
