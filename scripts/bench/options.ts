/**
 * The command lines of `npm run bench` and `npm run faults`, read with zod so that a bad option is named
 * with what it should be.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const count = (label: string, min = 1) => z.coerce.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(min, `${label} must be at least ${min}`);
const sizes = z.string().transform((text, ctx) => {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isInteger(value) || value < 1 || value > 599_999)) {
    ctx.addIssue({ code: 'custom', message: `--sizes must be academy counts separated by commas, such as 10,50,100 (got "${text}")` });
    return z.NEVER;
  }
  return [...new Set(values)].sort((a, b) => a - b);
});

const Common = {
  seed: count('--seed', 0).default(20260115),
  'reuse-db': z.boolean().default(false),
  'load-processes': count('--load-processes').max(8).default(3),
};

export const BenchOptions = z.object({
  ...Common,
  sizes: sizes.default([10, 50, 100]),
  'load-only': z.boolean().default(false),
  'cold-runs': count('--cold-runs').default(10),
  'warm-runs': count('--warm-runs').default(50),
  'naive-runs': count('--naive-runs').default(1),
  sources: count('--sources', 2).default(20),
  'source-latency': count('--source-latency', 0).default(20),
  'pay-records': count('--pay-records').default(100_000),
  'load-seconds': count('--load-seconds').default(60),
  'load-connections': count('--load-connections').default(10),
  'fault-phase-seconds': count('--fault-phase-seconds').default(10),
  out: z.string().default('docs/benchmarks.md'),
  /** Rewrites the report from the JSON a run wrote beside it, measuring nothing. */
  'render-from': z.string().optional(),
}).strict();
export type BenchOptions = z.infer<typeof BenchOptions>;

export const FaultOptions = z.object({
  ...Common,
  academies: count('--academies', 2).default(10),
  'phase-seconds': count('--phase-seconds').default(10),
  connections: count('--connections').default(4),
}).strict();
export type FaultOptions = z.infer<typeof FaultOptions>;

/** A boolean option (with its default) is a flag: `--reuse-db`, not `--reuse-db true`. */
const isFlag = (field: z.ZodType) => field instanceof z.ZodDefault && field.unwrap() instanceof z.ZodBoolean;

/** Reads `--name value` / `--flag` options into a schema's shape; throws a readable message. */
export function readOptions<S extends z.ZodObject>(schema: S, args: string[]): z.infer<S> {
  const flags = Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, { type: isFlag(field as z.ZodType) ? 'boolean' : 'string' } as const]),
  );
  let values;
  try {
    ({ values } = parseArgs({ args, options: flags, strict: true }));
  } catch (error) {
    throw new Error((error as Error).message);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return parsed.data;
}
