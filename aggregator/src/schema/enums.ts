/**
 * GraphQL enums generated from the vocabulary and from the pay gap module's value lists:
 * `gender-reassignment` is GENDER_REASSIGNMENT in GraphQL and stays `gender-reassignment` inside, so
 * resolvers pass records through unchanged.
 */
import {
  PublishedGenderPayGap,
  QUARTERS,
  toGraphqlEnumName,
  VOCABULARIES,
  type EthnicityGapRow,
} from '@equality-hub/domain';

const ETHNICITY_GAP_KINDS = ['ethnic-group', 'combined-group', 'all-ethnic-minorities'] as const satisfies readonly EthnicityGapRow['kind'][];

/** Value lists of the pay gap calculations: values without labels. */
export const PAY_GAP_ENUMS: Record<string, readonly string[]> = {
  PayQuarter: QUARTERS,
  BonusGapBasis: PublishedGenderPayGap.shape.bonusGapBasis.options,
  EthnicityGapKind: ETHNICITY_GAP_KINDS,
};

const enumDef = (name: string, terms: readonly { value: string; label?: string }[]) => {
  const values = terms.map((term) => `${term.label ? `  """${term.label.replace(/"/g, "'")}"""\n` : ''}  ${toGraphqlEnumName(term.value)}`);
  return `enum ${name} {\n${values.join('\n')}\n}`;
};

export const generatedEnumDefs = [
  ...Object.entries(VOCABULARIES).map(([name, vocabulary]) => enumDef(name, vocabulary.terms)),
  ...Object.entries(PAY_GAP_ENUMS).map(([name, values]) => enumDef(name, values.map((value) => ({ value })))),
].join('\n\n');

const resolversOf = (values: readonly string[]) => Object.fromEntries(values.map((value) => [toGraphqlEnumName(value), value]));

/** Apollo's enum resolvers: GraphQL name → internal value, for every generated enum. */
export const generatedEnumResolvers: Record<string, Record<string, string>> = Object.fromEntries([
  ...Object.entries(VOCABULARIES).map(([name, vocabulary]) => [name, resolversOf(vocabulary.values as readonly string[])]),
  ...Object.entries(PAY_GAP_ENUMS).map(([name, values]) => [name, resolversOf(values)]),
]);
