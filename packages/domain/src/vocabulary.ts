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

/** Where a measure's current value comes from: typed by staff, or read from the published evidence. */
export const MeasureSource = vocabulary([
  { value: 'typed', label: 'Typed by staff' },
  { value: 'evidence', label: 'From the published evidence' },
]);

/** The verdict computed on a measure's values (beside the status staff set, never instead of it). */
export const ProgressVerdict = vocabulary([
  { value: 'on-track', label: 'On track' },
  { value: 'behind', label: 'Behind' },
  { value: 'achieved', label: 'Achieved' },
  { value: 'not-enough-data', label: 'Not enough data' },
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

/** The deadlines an equality lead is reminded of (SI 2017/353 regs 4 and 5, Schedule 1; good practice). */
export const DeadlineKind = vocabulary([
  { value: 'annual-information', label: 'Annual equality information' },
  { value: 'objectives-plan-end', label: 'End of the objectives plan' },
  { value: 'statement-review', label: 'Statement review' },
  { value: 'action-due', label: 'Action due' },
  { value: 'pay-gap-publication', label: 'Gender pay gap publication' },
]);

/** Who is reminded of a deadline: the academy's designated equality lead, or the Trust's equality owner. */
export const ReminderRecipient = vocabulary([
  { value: 'academy-equality-lead', label: 'Academy equality lead' },
  { value: 'trust-equality-owner', label: 'Trust equality owner' },
]);

/** How a reminder went out: by e-mail, or to the log when no SMTP server is configured. */
export const ReminderChannel = vocabulary([
  { value: 'email', label: 'E-mail' },
  { value: 'log', label: 'Log (no SMTP server)' },
]);

/** The kinds of post a vacancy is for, as the Trust's recruitment figures are broken down. */
export const RoleCategory = vocabulary([
  { value: 'teaching', label: 'Teaching' },
  { value: 'support', label: 'Support' },
  { value: 'leadership', label: 'Leadership' },
]);

/** How applications were shortlisted: with names and personal details hidden from the panel, or not. */
export const ShortlistingMethod = vocabulary([
  { value: 'fully-anonymised', label: 'Fully anonymised' },
  { value: 'partly-anonymised', label: 'Partly anonymised' },
  { value: 'named', label: 'Named' },
]);

/**
 * The stage after which the panel sees names. Safer-recruitment checks (references, identity, DBS) need
 * names once a candidate is shortlisted, so anonymisation usually ends there.
 */
export const AnonymisationEnds = vocabulary([
  { value: 'after-shortlisting', label: 'After shortlisting' },
  { value: 'after-interview', label: 'After interview' },
  { value: 'after-appointment', label: 'After appointment' },
]);

/** An academy's progress towards blind recruitment for all roles (Trust objective, shared/seeds/000). */
export const RolloutStatus = vocabulary([
  { value: 'not-started', label: 'Not started' },
  { value: 'piloting', label: 'Piloting' },
  { value: 'all-roles', label: 'All roles' },
]);

/** Sex as payroll exports and the gender pay gap regulations record it. */
export const PaySexTerms = vocabulary([
  { value: 'M', label: 'Male' },
  { value: 'F', label: 'Female' },
]);

/** How term-time-only staff's weekly hours are counted in the pay gap (the Trust's documented choice). */
export const TermTimeMethodTerms = vocabulary([
  { value: 'annualised-hours', label: 'Annualised hours' },
  { value: 'term-time-hours', label: 'Term-time hours' },
]);

/** How weekly hours are counted for variable-hours staff with under 12 complete weeks' service. */
export const ShortServiceMethodTerms = vocabulary([
  { value: 'weeks-worked', label: 'Average over the weeks worked' },
  { value: 'expected-hours', label: 'Hours expected when engaged' },
]);

/** The six gender pay gap figures (SI 2017/353 Schedule 1) a Trust objective can be measured by. */
export const PayFigure = vocabulary([
  { value: 'mean-hourly-gap', label: 'Mean gender pay gap in hourly pay' },
  { value: 'median-hourly-gap', label: 'Median gender pay gap in hourly pay' },
  { value: 'mean-bonus-gap', label: 'Mean gender bonus gap' },
  { value: 'median-bonus-gap', label: 'Median gender bonus gap' },
  { value: 'male-bonus-share', label: 'Men receiving bonus pay' },
  { value: 'female-bonus-share', label: 'Women receiving bonus pay' },
]);

/** What an audit trail entry records: a Document Service write, an import, or the retention job's deletion. */
export const AuditAction = vocabulary([
  { value: 'create', label: 'Created' },
  { value: 'update', label: 'Updated' },
  { value: 'publish', label: 'Published' },
  { value: 'unpublish', label: 'Unpublished' },
  { value: 'discard-draft', label: 'Draft discarded' },
  { value: 'delete', label: 'Deleted' },
  { value: 'clone', label: 'Duplicated' },
  { value: 'import', label: 'Imported' },
  { value: 'retention-delete', label: 'Deleted after the retention period' },
]);

/** Who made a change: an admin user, an API token, or the system (no request: seed, command line, jobs). */
export const AuditActorType = vocabulary([
  { value: 'admin', label: 'Admin user' },
  { value: 'api-token', label: 'API token' },
  { value: 'system', label: 'System' },
]);

/**
 * The 2021 Census high-level ethnic groups of England and Wales. White British is the reference group of
 * the ethnicity pay gap, so the White group that small groups merge into is "White other than White
 * British": merging White British in would compare the reference group partly with itself.
 */
const ethnicGroupTerms = [
  { value: 'white-other-than-british', label: 'White (other than White British)' },
  { value: 'mixed', label: 'Mixed or Multiple ethnic groups' },
  { value: 'asian', label: 'Asian, Asian British or Asian Welsh' },
  { value: 'black', label: 'Black, Black British, Black Welsh, Caribbean or African' },
  { value: 'other', label: 'Other ethnic group' },
] as const;

export type EthnicGroupValue = (typeof ethnicGroupTerms)[number]['value'];

/** The five high-level groups that small ethnic groups are merged into (GOV.UK ethnicity pay gap guidance, 2023). */
export const EthnicGroup = vocabulary(ethnicGroupTerms);

/**
 * The 2021 Census ethnic groups as kebab-case codes, each with its high-level group (`null` for White
 * British, the reference group, and for the two answers that record no ethnicity) and the DfE School
 * Workforce Census code that school payroll exports use for it.
 *
 * The DfE main codes follow the 2001 classification, so the mapping is not one to one:
 * - DfE has no Arab code; Arab staff are recorded as OOTH and arrive as `other-any`, so `other-arab` has
 *   no alias.
 * - DfE puts Chinese (CHNE) apart from Asian; the 2021 Census puts Chinese in the Asian group, and so do we.
 * - DfE WROM is "Gypsy / Roma" and WIRT "Traveller of Irish heritage", while the Census has "Gypsy or Irish
 *   Traveller" and "Roma". WIRT maps to the Gypsy or Irish Traveller group and WROM to Roma, so Gypsy staff
 *   coded WROM are counted as Roma; both are White, so merged figures are unaffected.
 * - REFU (refused) is `prefer-not-to-say` and NOBT (information not yet obtained) is `not-known`.
 */
const ethnicityTerms = [
  { value: 'white-british', label: 'White: English, Welsh, Scottish, Northern Irish or British', group: null, dfe: 'WBRI' },
  { value: 'white-irish', label: 'White: Irish', group: 'white-other-than-british', dfe: 'WIRI' },
  { value: 'white-gypsy-or-irish-traveller', label: 'White: Gypsy or Irish Traveller', group: 'white-other-than-british', dfe: 'WIRT' },
  { value: 'white-roma', label: 'White: Roma', group: 'white-other-than-british', dfe: 'WROM' },
  { value: 'white-other', label: 'White: any other White background', group: 'white-other-than-british', dfe: 'WOTH' },
  { value: 'mixed-white-black-caribbean', label: 'Mixed: White and Black Caribbean', group: 'mixed', dfe: 'MWBC' },
  { value: 'mixed-white-black-african', label: 'Mixed: White and Black African', group: 'mixed', dfe: 'MWBA' },
  { value: 'mixed-white-asian', label: 'Mixed: White and Asian', group: 'mixed', dfe: 'MWAS' },
  { value: 'mixed-other', label: 'Mixed: any other Mixed or Multiple background', group: 'mixed', dfe: 'MOTH' },
  { value: 'asian-indian', label: 'Asian: Indian', group: 'asian', dfe: 'AIND' },
  { value: 'asian-pakistani', label: 'Asian: Pakistani', group: 'asian', dfe: 'APKN' },
  { value: 'asian-bangladeshi', label: 'Asian: Bangladeshi', group: 'asian', dfe: 'ABAN' },
  { value: 'asian-chinese', label: 'Asian: Chinese', group: 'asian', dfe: 'CHNE' },
  { value: 'asian-other', label: 'Asian: any other Asian background', group: 'asian', dfe: 'AOTH' },
  { value: 'black-african', label: 'Black: African', group: 'black', dfe: 'BAFR' },
  { value: 'black-caribbean', label: 'Black: Caribbean', group: 'black', dfe: 'BCRB' },
  { value: 'black-other', label: 'Black: any other Black, Black British or Caribbean background', group: 'black', dfe: 'BOTH' },
  { value: 'other-arab', label: 'Other ethnic group: Arab', group: 'other', dfe: null },
  { value: 'other-any', label: 'Other ethnic group: any other ethnic group', group: 'other', dfe: 'OOTH' },
  { value: 'not-known', label: 'Not known', group: null, dfe: 'NOBT' },
  { value: 'prefer-not-to-say', label: 'Prefer not to say', group: null, dfe: 'REFU' },
] as const satisfies readonly { value: string; label: string; group: EthnicGroupValue | null; dfe: string | null }[];

export type EthnicityValue = (typeof ethnicityTerms)[number]['value'];

const byValue = new Map<string, (typeof ethnicityTerms)[number]>(ethnicityTerms.map((term) => [term.value, term]));
const byDfeCode = new Map<string, EthnicityValue>(
  ethnicityTerms.flatMap((term) => (term.dfe ? [[term.dfe, term.value] as const] : [])),
);

export const Ethnicity = {
  ...vocabulary(ethnicityTerms),
  /** The high-level group of an ethnic group; `null` for White British and for the unrecorded answers. */
  groupOf: (value: EthnicityValue): EthnicGroupValue | null => byValue.get(value)!.group,
  /** The DfE School Workforce Census codes and the ethnic group each stands for. */
  dfeAliases: byDfeCode as ReadonlyMap<string, EthnicityValue>,
  /**
   * Reads an ethnicity as a payroll export writes it: a kebab-case Census code, or a DfE School Workforce
   * Census code in any case. Returns `undefined` for anything else, so the importer can name the bad cell.
   */
  parse: (code: string): EthnicityValue | undefined => {
    const trimmed = code.trim();
    if (byValue.has(trimmed)) return trimmed as EthnicityValue;
    return byDfeCode.get(trimmed.toUpperCase());
  },
};

/** The figures an academy publishes in its equality information, with the unit each is kept in. */
const metricTerms = [
  { value: 'attainment-ks2-rwm-expected', label: 'KS2 reading, writing and maths at the expected standard', unit: 'percent', goodDirection: 'increase' },
  { value: 'attainment-ks4-attainment-8', label: 'KS4 Attainment 8 score', unit: 'score', goodDirection: 'increase' },
  { value: 'attainment-ks4-progress-8', label: 'KS4 Progress 8 score', unit: 'score', goodDirection: 'increase' },
  { value: 'attainment-ks4-english-maths-grade-5', label: 'KS4 grade 5 or above in English and maths', unit: 'percent', goodDirection: 'increase' },
  { value: 'attendance-rate', label: 'Attendance', unit: 'percent', goodDirection: 'increase' },
  { value: 'persistent-absence-rate', label: 'Persistent absence', unit: 'percent', goodDirection: 'decrease' },
  { value: 'suspension-rate', label: 'Suspensions', unit: 'percent', goodDirection: 'decrease' },
  { value: 'prejudice-incidents', label: 'Prejudice-related incidents', unit: 'count', goodDirection: 'decrease', wholeSchool: true },
  { value: 'bullying-incidents', label: 'Bullying incidents', unit: 'count', goodDirection: 'decrease', wholeSchool: true },
  { value: 'extracurricular-participation', label: 'Participation in extra-curricular activities', unit: 'percent', goodDirection: 'increase' },
  { value: 'pupil-voice-participation', label: 'Participation in pupil voice', unit: 'percent', goodDirection: 'increase' },
  { value: 'pupils-feeling-safe', label: 'Pupils who report feeling safe', unit: 'percent', goodDirection: 'increase' },
] as const satisfies readonly (Term & { unit: string; goodDirection: string; wholeSchool?: true })[];

export const Metric = {
  ...vocabulary(metricTerms),
  unitOf: (value: (typeof metricTerms)[number]['value']) =>
    metricTerms.find((term) => term.value === value)!.unit,
  /** Counted for the school as a whole (incidents), so published for all pupils, never by pupil group. */
  isWholeSchool: (value: (typeof metricTerms)[number]['value']): boolean =>
    metricTerms.some((term) => term.value === value && 'wholeSchool' in term),
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
export type MeasureSourceValue = (typeof MeasureSource.values)[number];
export type ProgressVerdictValue = (typeof ProgressVerdict.values)[number];
export type PayFigureValue = (typeof PayFigure.values)[number];
export type PhaseValue = (typeof Phase.values)[number];
export type ReligiousCharacterValue = (typeof ReligiousCharacter.values)[number];
export type StatementKindValue = (typeof StatementKind.values)[number];
export type TrustObjectiveCodeValue = (typeof TrustObjectiveCode.values)[number];
export type DeadlineKindValue = (typeof DeadlineKind.values)[number];
export type ReminderRecipientValue = (typeof ReminderRecipient.values)[number];
export type ReminderChannelValue = (typeof ReminderChannel.values)[number];
export type MetricValue = (typeof Metric.values)[number];
export type PupilGroupValue = (typeof pupilGroupTerms)[number]['value'];
export type RoleCategoryValue = (typeof RoleCategory.values)[number];
export type ShortlistingMethodValue = (typeof ShortlistingMethod.values)[number];
export type AnonymisationEndsValue = (typeof AnonymisationEnds.values)[number];
export type RolloutStatusValue = (typeof RolloutStatus.values)[number];
export type AuditActionValue = (typeof AuditAction.values)[number];
export type AuditActorTypeValue = (typeof AuditActorType.values)[number];

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
  MeasureSource,
  ProgressVerdict,
  Unit,
  Phase,
  ReligiousCharacter,
  StatementKind,
  TrustObjectiveCode,
  Metric,
  PupilGroup,
  RoleCategory,
  ShortlistingMethod,
  AnonymisationEnds,
  RolloutStatus,
  Sex: PaySexTerms,
  TermTimeMethod: TermTimeMethodTerms,
  ShortServiceMethod: ShortServiceMethodTerms,
  PayFigure,
  Ethnicity,
  EthnicGroup,
  AuditAction,
  AuditActorType,
  DeadlineKind,
  ReminderChannel,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** The GraphQL enum name of a value: `gender-reassignment` → `GENDER_REASSIGNMENT`. */
export function toGraphqlEnumName(value: string): string {
  return value.replace(/-/g, '_').toUpperCase();
}
