/**
 * The one vocabulary of Equality Hub.
 *
 * Every enumeration the product knows (protected characteristics, PSED aims, target groups, statuses …)
 * is defined here once, as an ordered list of `{ value, label }` terms. Strapi enumerations, zod schemas
 * and GraphQL enums are all derived from these lists, so a value added here appears everywhere at once.
 *
 * Values are kebab-case and start with a letter: Strapi 5 refuses enumeration values that, once
 * normalised to identifiers, do not (so "16–19" is `post-16`). This module imports nothing from Strapi,
 * Apollo or Node I/O.
 */

export interface Term<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** Builds a vocabulary from its terms, keeping the literal type of the values. */
function vocabulary<const T extends readonly Term[]>(terms: T) {
  const values = terms.map((term) => term.value) as unknown as {
    readonly [K in keyof T]: T[K]['value'];
  };
  const labels = new Map<string, string>(terms.map((term) => [term.value, term.label]));
  return {
    terms,
    values,
    label: (value: T[number]['value']): string => labels.get(value) ?? value,
  } as const;
}

/** The nine protected characteristics of the Equality Act 2010, s.4. */
export const ProtectedCharacteristic = vocabulary([
  { value: 'age', label: 'Age' },
  { value: 'disability', label: 'Disability' },
  { value: 'gender-reassignment', label: 'Gender reassignment' },
  { value: 'marriage-and-civil-partnership', label: 'Marriage and civil partnership' },
  { value: 'pregnancy-and-maternity', label: 'Pregnancy and maternity' },
  { value: 'race', label: 'Race' },
  { value: 'religion-or-belief', label: 'Religion or belief' },
  { value: 'sex', label: 'Sex' },
  { value: 'sexual-orientation', label: 'Sexual orientation' },
]);

/**
 * What an objective may name in its "Protected characteristic" column: one of the nine, or all of them
 * at once ("All protected characteristics"), which coverage counts in every cell.
 */
export const CharacteristicChoice = vocabulary([
  ...ProtectedCharacteristic.terms,
  { value: 'all', label: 'All protected characteristics' },
]);

/** The three aims of the general duty, Equality Act 2010 s.149(1)(a)–(c). */
export const PsedAim = vocabulary([
  { value: 'eliminate-discrimination', label: 'Eliminate discrimination, harassment and victimisation' },
  { value: 'advance-equality-of-opportunity', label: 'Advance equality of opportunity' },
  { value: 'foster-good-relations', label: 'Foster good relations' },
]);

/** Whom an objective is for. `audience` says whether the group is pupils, staff or the wider community. */
export const TARGET_GROUP_AUDIENCES = ['pupils', 'staff', 'community'] as const;
export type TargetGroupAudience = (typeof TARGET_GROUP_AUDIENCES)[number];

const targetGroupTerms = [
  { value: 'whole-school', label: 'Whole school', audience: 'community' },
  { value: 'all-pupils', label: 'All pupils', audience: 'pupils' },
  { value: 'girls', label: 'Girls', audience: 'pupils' },
  { value: 'boys', label: 'Boys', audience: 'pupils' },
  { value: 'pupils-with-send', label: 'Pupils with SEND', audience: 'pupils' },
  { value: 'disadvantaged-pupils', label: 'Disadvantaged pupils (pupil premium)', audience: 'pupils' },
  { value: 'fsm-eligible-pupils', label: 'Pupils eligible for free school meals', audience: 'pupils' },
  { value: 'eal-pupils', label: 'Pupils with English as an additional language', audience: 'pupils' },
  { value: 'ethnic-minority-pupils', label: 'Ethnic minority pupils', audience: 'pupils' },
  { value: 'lgbt-pupils', label: 'LGBT+ pupils', audience: 'pupils' },
  { value: 'looked-after-children', label: 'Looked-after children', audience: 'pupils' },
  { value: 'vulnerable-pupils', label: 'Minority, marginalised and vulnerable pupils', audience: 'pupils' },
  { value: 'year-groups', label: 'Particular year groups', audience: 'pupils' },
  { value: 'staff', label: 'Staff', audience: 'staff' },
  { value: 'leaders', label: 'Leaders and governors', audience: 'staff' },
  { value: 'job-applicants', label: 'Job applicants', audience: 'staff' },
  { value: 'parents-and-carers', label: 'Parents and carers', audience: 'community' },
  { value: 'local-community', label: 'Local community', audience: 'community' },
  { value: 'faith-communities', label: 'Faith communities', audience: 'community' },
] as const satisfies readonly (Term & { audience: TargetGroupAudience })[];

export const TargetGroup = {
  ...vocabulary(targetGroupTerms),
  audienceOf: (value: (typeof targetGroupTerms)[number]['value']): TargetGroupAudience =>
    targetGroupTerms.find((term) => term.value === value)!.audience,
};

/** Where an objective stands, as staff set it (never overwritten by a computed verdict). */
export const ProgressStatus = vocabulary([
  { value: 'not-started', label: 'Not started' },
  { value: 'on-track', label: 'On track' },
  { value: 'at-risk', label: 'At risk' },
  { value: 'off-track', label: 'Off track' },
  { value: 'achieved', label: 'Achieved' },
  { value: 'discontinued', label: 'Discontinued' },
]);

export const ActionState = vocabulary([
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
]);

export const Rag = vocabulary([
  { value: 'red', label: 'Red' },
  { value: 'amber', label: 'Amber' },
  { value: 'green', label: 'Green' },
]);

export const Recurrence = vocabulary([
  { value: 'none', label: 'Once' },
  { value: 'termly', label: 'Termly' },
  { value: 'annually', label: 'Annually' },
]);

export const MeasureDirection = vocabulary([
  { value: 'increase', label: 'Increase' },
  { value: 'decrease', label: 'Decrease' },
]);

export const Unit = vocabulary([
  { value: 'percent', label: 'Per cent' },
  { value: 'count', label: 'Count' },
  { value: 'score', label: 'Score' },
  { value: 'rate-per-thousand', label: 'Rate per 1,000' },
  { value: 'days', label: 'Days' },
]);

/** Phases of education, as Get Information about Schools names them. */
export const Phase = vocabulary([
  { value: 'nursery', label: 'Nursery' },
  { value: 'primary', label: 'Primary' },
  { value: 'middle', label: 'Middle' },
  { value: 'secondary', label: 'Secondary' },
  { value: 'all-through', label: 'All-through' },
  { value: 'post-16', label: '16 plus' },
  { value: 'alternative-provision', label: 'Alternative provision' },
  { value: 'special', label: 'Special' },
]);

export const ReligiousCharacter = vocabulary([
  { value: 'none', label: 'Does not apply' },
  { value: 'church-of-england', label: 'Church of England' },
  { value: 'roman-catholic', label: 'Roman Catholic' },
  { value: 'christian', label: 'Christian' },
  { value: 'jewish', label: 'Jewish' },
  { value: 'muslim', label: 'Muslim' },
  { value: 'sikh', label: 'Sikh' },
  { value: 'hindu', label: 'Hindu' },
  { value: 'other-faith', label: 'Other faith' },
]);

export const StatementKind = vocabulary([
  { value: 'equality-policy', label: 'Equality policy' },
  { value: 'psed-statement', label: 'PSED statement' },
  { value: 'accessibility-plan', label: 'Accessibility plan' },
]);

/** The Trust's own objectives (shared/seeds/000 lists the first five). */
export const TrustObjectiveCode = vocabulary([
  { value: 'attainment-gaps', label: 'Monitor and narrow attainment gaps' },
  { value: 'annual-statements', label: 'Annual academy equality statements' },
  { value: 'hr-equalities-data', label: 'HR equalities data' },
  { value: 'gender-pay-gap', label: 'Gender pay gap' },
  { value: 'blind-recruitment', label: 'Blind recruitment' },
  { value: 'other', label: 'Other' },
]);

/** The figures an academy publishes in its equality information, with the unit each is kept in. */
const metricTerms = [
  { value: 'attainment-ks2-rwm-expected', label: 'KS2 reading, writing and maths at the expected standard', unit: 'percent', goodDirection: 'increase' },
  { value: 'attainment-ks4-attainment-8', label: 'KS4 Attainment 8 score', unit: 'score', goodDirection: 'increase' },
  { value: 'attainment-ks4-progress-8', label: 'KS4 Progress 8 score', unit: 'score', goodDirection: 'increase' },
  { value: 'attainment-ks4-english-maths-grade-5', label: 'KS4 grade 5 or above in English and maths', unit: 'percent', goodDirection: 'increase' },
  { value: 'attendance-rate', label: 'Attendance', unit: 'percent', goodDirection: 'increase' },
  { value: 'persistent-absence-rate', label: 'Persistent absence', unit: 'percent', goodDirection: 'decrease' },
  { value: 'suspension-rate', label: 'Suspensions', unit: 'percent', goodDirection: 'decrease' },
  { value: 'prejudice-incidents', label: 'Prejudice-related incidents', unit: 'count', goodDirection: 'decrease' },
  { value: 'bullying-incidents', label: 'Bullying incidents', unit: 'count', goodDirection: 'decrease' },
  { value: 'extracurricular-participation', label: 'Participation in extra-curricular activities', unit: 'percent', goodDirection: 'increase' },
  { value: 'pupil-voice-participation', label: 'Participation in pupil voice', unit: 'percent', goodDirection: 'increase' },
  { value: 'pupils-feeling-safe', label: 'Pupils who report feeling safe', unit: 'percent', goodDirection: 'increase' },
] as const satisfies readonly (Term & { unit: string; goodDirection: string })[];

export const Metric = {
  ...vocabulary(metricTerms),
  unitOf: (value: (typeof metricTerms)[number]['value']) =>
    metricTerms.find((term) => term.value === value)!.unit,
};

/**
 * Pupil groups that figures are published for. `complementOf` and `within` describe partitions
 * (boys + girls = all pupils), which secondary suppression needs: when one half of a pair is hidden,
 * the other half would reveal it from the total.
 */
const pupilGroupTerms = [
  { value: 'all-pupils', label: 'All pupils' },
  { value: 'boys', label: 'Boys', complementOf: 'girls' },
  { value: 'girls', label: 'Girls', complementOf: 'boys' },
  { value: 'disadvantaged', label: 'Disadvantaged', complementOf: 'not-disadvantaged' },
  { value: 'not-disadvantaged', label: 'Not disadvantaged', complementOf: 'disadvantaged' },
  { value: 'fsm-eligible', label: 'Eligible for free school meals', complementOf: 'not-fsm-eligible' },
  { value: 'not-fsm-eligible', label: 'Not eligible for free school meals', complementOf: 'fsm-eligible' },
  { value: 'send', label: 'With SEND', complementOf: 'no-send' },
  { value: 'no-send', label: 'Without SEND', complementOf: 'send' },
  { value: 'eal', label: 'English as an additional language', complementOf: 'english-first-language' },
  { value: 'english-first-language', label: 'English as first language', complementOf: 'eal' },
  { value: 'white-british', label: 'White British', complementOf: 'ethnic-minority' },
  { value: 'ethnic-minority', label: 'Ethnic minorities', complementOf: 'white-british' },
  { value: 'looked-after', label: 'Looked-after children' },
] as const satisfies readonly (Term & { complementOf?: string })[];

export const PupilGroup = {
  ...vocabulary(pupilGroupTerms),
  /** The other half of the partition of all pupils that `value` belongs to, if it belongs to one. */
  complementOf: (value: (typeof pupilGroupTerms)[number]['value']): PupilGroupValue | undefined => {
    const term = pupilGroupTerms.find((candidate) => candidate.value === value);
    return term && 'complementOf' in term ? term.complementOf : undefined;
  },
};

export type ProtectedCharacteristicValue = (typeof ProtectedCharacteristic.values)[number];
export type CharacteristicChoiceValue = (typeof CharacteristicChoice.values)[number];
export type PsedAimValue = (typeof PsedAim.values)[number];
export type TargetGroupValue = (typeof TargetGroup.values)[number];
export type ProgressStatusValue = (typeof ProgressStatus.values)[number];
export type ActionStateValue = (typeof ActionState.values)[number];
export type RagValue = (typeof Rag.values)[number];
export type RecurrenceValue = (typeof Recurrence.values)[number];
export type MeasureDirectionValue = (typeof MeasureDirection.values)[number];
export type UnitValue = (typeof Unit.values)[number];
export type PhaseValue = (typeof Phase.values)[number];
export type ReligiousCharacterValue = (typeof ReligiousCharacter.values)[number];
export type StatementKindValue = (typeof StatementKind.values)[number];
export type TrustObjectiveCodeValue = (typeof TrustObjectiveCode.values)[number];
export type MetricValue = (typeof Metric.values)[number];
export type PupilGroupValue = (typeof pupilGroupTerms)[number]['value'];

/** Every vocabulary by the name the GraphQL schema and the admin use for it. */
export const VOCABULARIES = {
  ProtectedCharacteristic,
  CharacteristicChoice,
  PsedAim,
  TargetGroup,
  ProgressStatus,
  ActionState,
  Rag,
  Recurrence,
  MeasureDirection,
  Unit,
  Phase,
  ReligiousCharacter,
  StatementKind,
  TrustObjectiveCode,
  Metric,
  PupilGroup,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** The GraphQL enum name of a value: `gender-reassignment` → `GENDER_REASSIGNMENT`. */
export function toGraphqlEnumName(value: string): string {
  return value.replace(/-/g, '_').toUpperCase();
}
