/**
 * Every subcommand of `npm run import`. To add an importer, add its command to this list: the command
 * line finds it here by name.
 */
import type { ImportCommand } from './command';
import { objectivesCommand } from './objectives-command';
import { payCommand } from './pay';

export const IMPORT_COMMANDS: readonly ImportCommand[] = [payCommand, objectivesCommand];

export type { CommandOutcome, ImportCommand, ImportFile } from './command';
