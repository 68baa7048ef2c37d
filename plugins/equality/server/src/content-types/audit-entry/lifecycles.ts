/**
 * The query engine's guard of the append-only trail, below the Document Service: no update ever, and
 * deletions only by the retention job, which marks its own work with `asRetentionJob`. (Raw SQL is out
 * of any application's reach to guard; database privileges are the place for that.)
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { errors } from '@strapi/utils';

const retentionWork = new AsyncLocalStorage<true>();

/** Runs the retention job's deletions: the one way an entry is ever removed. */
export function asRetentionJob<T>(work: () => Promise<T>): Promise<T> {
  return retentionWork.run(true, work);
}

function refuseChange(): never {
  throw new errors.ForbiddenError('The audit trail is append-only: its entries are never changed');
}

function refuseDeletionOutsideRetention() {
  if (!retentionWork.getStore()) throw new errors.ForbiddenError('The audit trail is append-only: only the retention job deletes entries');
}

export default {
  beforeUpdate: refuseChange,
  beforeUpdateMany: refuseChange,
  beforeDelete: refuseDeletionOutsideRetention,
  beforeDeleteMany: refuseDeletionOutsideRetention,
};
