/** `auditTrail` (restricted to Trust executives by the SDL): the Trust source's trail, as its route filters it. */
import type { AppContext } from '../context';
import type { ReadParams } from '../sources/record-types';

interface AuditTrailArgs {
  from?: string | null;
  to?: string | null;
  academy?: string | null;
  type?: string | null;
  actor?: string | null;
}

/** The arguments given, as the restricted route's query parameters. */
function auditTrailParams(args: AuditTrailArgs): ReadParams {
  return Object.fromEntries(Object.entries(args).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export const auditTrailResolvers = {
  Query: {
    auditTrail: (_parent: unknown, args: AuditTrailArgs, context: AppContext) => context.loaders.trust.auditTrail(auditTrailParams(args)),
  },
};
