/**
 * The plugin's components. Strapi loads components only from the app's src/components, so the plugin
 * registers its own in `register`, shaped as the app loader shapes them.
 */
import {
  ActionState,
  Ethnicity,
  MeasureDirection,
  MeasureSource,
  PayFigure,
  PaySexTerms,
  Metric,
  PupilGroup,
  Rag,
  Recurrence,
  Unit,
} from '@equality-hub/domain';
import { enumeration } from '../utils/attributes';

const CATEGORY = 'equality';

// A factory: Strapi annotates attribute objects in place, so no two components may share one.
const outcomeCounts = () => ({
  applicants: { type: 'integer', required: true, min: 0 },
  shortlisted: { type: 'integer', required: true, min: 0 },
  appointed: { type: 'integer', required: true, min: 0 },
});

const schemas = {
  measure: {
    collectionName: 'components_equality_measures',
    info: {
      displayName: 'Measure',
      description: 'How an objective is measured: a metric, its direction, baseline and target. Source "evidence": the current value comes from the published equality information (leave current empty).',
    },
    attributes: {
      source: enumeration(MeasureSource, { default: 'typed' }),
      metric: enumeration(Metric),
      pupilGroup: enumeration(PupilGroup),
      gap: { type: 'boolean', default: false },
      direction: enumeration(MeasureDirection),
      baseline: { type: 'decimal' },
      target: { type: 'decimal' },
      current: { type: 'decimal' },
      unit: enumeration(Unit),
    },
  },
  'pay-measure': {
    collectionName: 'components_equality_pay_measures',
    info: {
      displayName: 'Pay measure',
      description: 'A Trust objective measured by a gender pay gap figure. Source "evidence": the current value comes from the approved pay gap reports (leave current empty).',
    },
    attributes: {
      source: enumeration(MeasureSource, { default: 'typed' }),
      payFigure: enumeration(PayFigure),
      direction: enumeration(MeasureDirection),
      baseline: { type: 'decimal' },
      target: { type: 'decimal' },
      current: { type: 'decimal' },
    },
  },
  action: {
    collectionName: 'components_equality_actions',
    info: { displayName: 'Action', description: 'A step taken towards an objective.' },
    attributes: {
      description: { type: 'text', required: true },
      responsible: { type: 'string' },
      dueOn: { type: 'date' },
      state: enumeration(ActionState, { default: 'open' }),
      completedOn: { type: 'date' },
    },
  },
  dates: {
    collectionName: 'components_equality_dates',
    info: { displayName: 'Dates', description: 'When an objective runs, as read and as written.' },
    attributes: {
      start: { type: 'date' },
      end: { type: 'date' },
      ongoing: { type: 'boolean', default: false },
      recurrence: enumeration(Recurrence, { default: 'none' }),
      text: { type: 'string' },
    },
  },
  milestone: {
    collectionName: 'components_equality_milestones',
    info: { displayName: 'Milestone', description: 'A dated note of progress, with an optional RAG rating.' },
    attributes: {
      date: { type: 'date' },
      note: { type: 'text', required: true },
      rag: enumeration(Rag),
    },
  },
  figure: {
    collectionName: 'components_equality_figures',
    info: { displayName: 'Figure', description: 'One published figure for a pupil group. Cohorts under 10 are withheld on the public API.' },
    attributes: {
      metric: enumeration(Metric, { required: true }),
      pupilGroup: enumeration(PupilGroup, { required: true }),
      value: { type: 'decimal', required: true },
      unit: enumeration(Unit),
      cohortSize: { type: 'integer', min: 0 },
      comparatorValue: { type: 'decimal' },
    },
  },
  'sex-outcome': {
    collectionName: 'components_equality_sex_outcomes',
    info: { displayName: 'Outcome by sex', description: 'Applicants, shortlisted and appointed of one sex.' },
    attributes: { sex: enumeration(PaySexTerms, { required: true }), ...outcomeCounts() },
  },
  'ethnicity-outcome': {
    collectionName: 'components_equality_ethnicity_outcomes',
    info: { displayName: 'Outcome by ethnicity', description: 'Applicants, shortlisted and appointed of one ethnic group (empty: not given).' },
    attributes: { ethnicity: enumeration(Ethnicity), ...outcomeCounts() },
  },
};

const pascalCase = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

/** The components keyed by UID, in the form Strapi's component registry expects. */
export function buildComponents() {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const uid = `${CATEGORY}.${name}`;
      const definition = {
        ...structuredClone(schema),
        uid,
        category: CATEGORY,
        modelType: 'component',
        modelName: name,
        globalId: `ComponentEquality${pascalCase(name)}`,
      };
      return [uid, { ...definition, __schema__: structuredClone(schema) }];
    }),
  );
}
