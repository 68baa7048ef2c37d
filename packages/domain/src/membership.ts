/**
 * Whether an academy belongs to the Trust on a day. An academy that has left (`leftOn`) stays in the
 * record, and in history, but drops out of current reports from the day it left; one that has not yet
 * joined is not reported either.
 */
import type { Academy } from './schemas';

export function inTrustOn(academy: Pick<Academy, 'joinedOn' | 'leftOn'>, date: string): boolean {
  if (academy.joinedOn && academy.joinedOn > date) return false;
  return !academy.leftOn || academy.leftOn > date;
}
