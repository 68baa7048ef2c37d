/** `npm run import -- pay <file.csv> --snapshot 2025-03-31 [--allow-non-statutory-date] [--dry-run]` */
import { z } from 'zod';
import { getService } from '../utils/get-service';
import { defineCommand } from './command';

export const payCommand = defineCommand({
  name: 'pay',
  summary: "Imports a payroll export (CSV) as a pay snapshot's records, replacing any it had.",
  usage: '<file.csv> --snapshot YYYY-MM-DD [--allow-non-statutory-date]',
  flags: {
    snapshot: { type: 'string' },
    'allow-non-statutory-date': { type: 'boolean' },
  },
  options: z
    .object({
      snapshot: z.string({ error: '--snapshot YYYY-MM-DD is required: the snapshot date, normally 31 March' }),
      'allow-non-statutory-date': z.boolean().default(false),
    })
    .transform((flags) => ({ snapshotDate: flags.snapshot, allowNonStatutoryDate: flags['allow-non-statutory-date'] })),
  async run(strapi, { file, options, dryRun }) {
    const service = getService(strapi, 'pay-import');
    const input = { ...options, csv: file.content.toString('utf8'), sourceFile: file.name };
    if (dryRun) {
      const preview = await service.preview(input);
      return preview.ok ? { ok: true, result: preview.summary } : preview;
    }
    return service.importSnapshot(input);
  },
});
