/**
 * GraphQL enums generated from the vocabulary: `gender-reassignment` is GENDER_REASSIGNMENT in GraphQL
 * and stays `gender-reassignment` inside, so resolvers pass records through unchanged.
 */
import { toGraphqlEnumName, VOCABULARIES } from '@equality-hub/domain';

export const vocabularyEnumDefs = Object.entries(VOCABULARIES)
  .map(([name, vocabulary]) => {
    const values = vocabulary.terms.map((term) => `  """${term.label.replace(/"/g, "'")}"""\n  ${toGraphqlEnumName(term.value)}`);
    return `enum ${name} {\n${values.join('\n')}\n}`;
  })
  .join('\n\n');

/** Apollo's enum resolvers: GraphQL name → internal value, for every vocabulary. */
export const vocabularyEnumResolvers: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(VOCABULARIES).map(([name, vocabulary]) => [
    name,
    Object.fromEntries((vocabulary.values as readonly string[]).map((value) => [toGraphqlEnumName(value), value])),
  ]),
);
