/**
 * The component's client: the typed client's calls, with checks that trust the server. The script is
 * served by the same Strapi it reads, so their shapes cannot drift apart, and leaving zod out keeps the
 * script small for school websites. Sites that render server-side use @equality-hub/client, which checks.
 */
import { createClientCore, type Check, type Checks, type EqualityClient } from '@equality-hub/client/core';

const trusted = <T>(): Check<T> => (value) => ({ data: value as T });

const trustingChecks: Checks = {
  academy: trusted(),
  plan: trusted(),
  objective: trusted(),
  statement: trusted(),
  information: trusted(),
  payGapReport: trusted(),
};

export function createEmbedClient(baseUrl: string): EqualityClient {
  return createClientCore({ baseUrl }, trustingChecks);
}
