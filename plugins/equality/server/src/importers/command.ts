/**
 * A subcommand of `npm run import -- <name> <file> [options]`. The command line (scripts/import.ts) reads
 * the arguments, boots Strapi without listening, runs the command and prints its outcome as JSON; the work
 * itself is the importer's service, which the admin's upload page calls too.
 */
import type { ImportProblem } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import type { ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

export interface ImportFile {
  /** The file's name, without its directory. */
  readonly name: string;
  readonly content: Buffer;
}

/** `ok: false` rejects the file: the command line exits 2 and nothing has been written. */
export type CommandOutcome = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export interface ImportCommand<Options = unknown> {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The arguments after the name, as the usage line shows them. */
  readonly usage: string;
  /** The command's own flags (node:util parseArgs); `--dry-run` is common to every command. */
  readonly flags: NonNullable<ParseArgsConfig['options']>;
  /** Reads the parsed flags; checked before Strapi boots, so a usage mistake costs no boot. */
  readonly options: z.ZodType<Options>;
  /** Imports the file, or with `dryRun` only says what an import would do; writes nothing when it rejects the file. */
  run(strapi: Core.Strapi, input: { file: ImportFile; options: Options; dryRun: boolean }): Promise<CommandOutcome>;
  /**
   * The one JSON document stdout carries for an outcome, when the command's own contract fixes it (the
   * objectives dry run prints its preview alone); `undefined`, or no function, prints the outcome with
   * the command, the file and `dryRun`.
   */
  stdout?(outcome: CommandOutcome, input: { dryRun: boolean }): unknown;
}

/** Keeps each command's options type checked against its own `run`. */
export function defineCommand<Options>(command: ImportCommand<Options>): ImportCommand<Options> {
  return command;
}
