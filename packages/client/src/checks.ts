/** The checks of a validating client: every record parsed with its zod schema from @equality-hub/domain. */
import { Academy, EqualityInformation, Objective, ObjectivesPlan, PayGapPublication, Statement } from '@equality-hub/domain';
import type { z } from 'zod';
import type { Check, Checks } from './core';

/** At most this many issues are named in one error; the rest are counted. */
const ISSUES_NAMED = 3;

export function describeIssues({ issues }: z.ZodError): string {
  const named = issues.slice(0, ISSUES_NAMED).map((issue) => `${issue.path.length ? issue.path.join('.') : '(record)'}: ${issue.message}`);
  const more = issues.length - named.length;
  return `${named.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

export function schemaCheck<T>(schema: z.ZodType<T>): Check<T> {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? { data: result.data } : { problem: describeIssues(result.error) };
  };
}

export const schemaChecks: Checks = {
  academy: schemaCheck(Academy),
  plan: schemaCheck(ObjectivesPlan),
  objective: schemaCheck(Objective),
  statement: schemaCheck(Statement),
  information: schemaCheck(EqualityInformation),
  payGapReport: schemaCheck(PayGapPublication),
};
