/**
 * The Strapi enumerations and the zod schemas are derived from the one vocabulary; this proves they
 * agree, and that Strapi 5.54 accepts every value once normalised (it refuses values whose normalised
 * form does not start with a letter, or that collide).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Objective, ObjectiveInput, Statement, VOCABULARIES } from '@equality-hub/domain';
import { strings } from '@strapi/utils';
import type { z } from 'zod';
import { buildComponents } from './components';
import contentTypes from './content-types';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

type Attribute = { type: string; enum?: string[] };
const enumerations = [
  ...Object.values(contentTypes).map(({ schema }) => [schema.info.singularName, schema.attributes] as const),
  ...Object.entries(buildComponents()).map(([uid, component]) => [uid, component.attributes] as const),
].flatMap(([owner, attributes]) =>
  Object.entries(attributes as Record<string, Attribute>)
    .filter(([, attribute]) => attribute.type === 'enumeration')
    .map(([name, attribute]) => ({ where: `${owner}.${name}`, values: attribute.enum! })),
);

const vocabularyOf = (values: readonly string[]) =>
  Object.entries(VOCABULARIES).find(([, vocabulary]) => JSON.stringify(vocabulary.values) === JSON.stringify(values))?.[0];

const zodOptions = (schema: z.ZodType): readonly string[] => {
  let inner: any = schema;
  while (inner.unwrap && !inner.options) inner = inner.unwrap();
  if (inner.element) return zodOptions(inner.element);
  return inner.options;
};

describe('the vocabulary agrees with Strapi and zod', () => {
  it('finds the enumerations to check', () => {
    assert.ok(enumerations.length >= 15, `only ${enumerations.length} enumerations found`);
  });

  for (const { where, values } of enumerations) {
    it(`${where} is a vocabulary, and Strapi accepts it normalised`, () => {
      assert.ok(vocabularyOf(values), `${where} does not equal any vocabulary: ${values.join(', ')}`);
      const normalised = values.map((value) => strings.toRegressedEnumValue(value));
      for (const name of normalised) assert.match(name, GRAPHQL_NAME);
      assert.equal(new Set(normalised).size, normalised.length, `${where}: values collide once normalised`);
    });
  }

  it('every vocabulary normalises to distinct names Strapi accepts', () => {
    for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
      const normalised = vocabulary.values.map((value: string) => strings.toRegressedEnumValue(value));
      assert.ok(normalised.every((value: string) => GRAPHQL_NAME.test(value)), name);
      assert.equal(new Set(normalised).size, normalised.length, name);
    }
  });

  it('the zod schemas use the same vocabularies as the content types', () => {
    assert.equal(vocabularyOf(zodOptions(Objective.shape.psedAims)), 'PsedAim');
    assert.equal(vocabularyOf(zodOptions(Objective.shape.protectedCharacteristics)), 'CharacteristicChoice');
    assert.equal(vocabularyOf(zodOptions(Objective.shape.targetGroups)), 'TargetGroup');
    assert.equal(vocabularyOf(zodOptions(Objective.shape.progressStatus)), 'ProgressStatus');
    assert.equal(vocabularyOf(zodOptions(Statement.shape.kind)), 'StatementKind');
    const objectiveEnums = enumerations.find((entry) => entry.where === 'objective.progressStatus')!;
    assert.deepEqual(zodOptions(Objective.shape.progressStatus), objectiveEnums.values);
    assert.ok(ObjectiveInput.safeParse({ psedAims: ['foster-good-relations'], targetGroups: ['staff'], objective: 'x' }).success);
  });
});
