/**
 * Builders for content-type attributes that derive from the shared vocabulary, so that a Strapi
 * enumeration can never drift from the zod schema or the GraphQL enum of the same name.
 */
import type { Term } from '@equality-hub/domain';

interface Vocabulary {
  readonly terms: readonly Term[];
}

export function enumeration(vocabulary: Vocabulary, options: { required?: boolean; default?: string } = {}) {
  return {
    type: 'enumeration' as const,
    enum: vocabulary.terms.map((term) => term.value),
    ...options,
  };
}

/**
 * A list of vocabulary values (e.g. an objective's PSED aims). Strapi has no multi-select attribute, so
 * the list is kept as JSON; the validation middleware holds it to the vocabulary on every write.
 */
export function vocabularyList() {
  return { type: 'json' as const };
}

export function manyToOne(target: string, inversedBy?: string) {
  return { type: 'relation' as const, relation: 'manyToOne' as const, target, ...(inversedBy ? { inversedBy } : {}) };
}

export function oneToMany(target: string, mappedBy: string) {
  return { type: 'relation' as const, relation: 'oneToMany' as const, target, mappedBy };
}

/** Shown in the Content Manager, kept out of the Content-Type Builder: the schema is code, not data. */
export const pluginOptions = {
  'content-manager': { visible: true },
  'content-type-builder': { visible: false },
};

/**
 * The documentId of the entry's academy, kept beside the relation by the plugin on every write. RBAC
 * conditions are checked in memory against entries fetched without their relations (bulk unpublish
 * does so), so the tenancy condition needs a plain field to match; never shown, never sent publicly.
 */
export function academyKey() {
  return { type: 'string' as const, private: true, visible: false, configurable: false };
}

/**
 * Marks every attribute of a restricted type private. Strapi strips private attributes from everything it
 * sanitises for output — the content API and, above all, the entries its webhooks send on every write — so
 * pay and applicant data never leave in an event payload. The Content Manager still shows them to Trust HR,
 * and the restricted routes read them through the Document Service.
 */
export function restricted<A extends Record<string, object>>(attributes: A): { [K in keyof A]: A[K] & { private: true } } {
  return Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, { ...attribute, private: true }])) as never;
}
