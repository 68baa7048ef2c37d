import { ProgressStatus } from '@equality-hub/domain';
import { COMPONENT, UID } from '../../constants';
import { academyKey, enumeration, manyToOne, pluginOptions, vocabularyList } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_objectives',
  info: { singularName: 'objective', pluralName: 'objectives', displayName: 'Objective', description: 'One specific, measurable equality objective: a row of the objectives table.' },
  options: { draftAndPublish: true },
  pluginOptions,
  attributes: {
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    plan: manyToOne(UID.PLAN, 'objectives'),
    psedAims: vocabularyList(),
    protectedCharacteristics: vocabularyList(),
    targetGroups: vocabularyList(),
    otherTargetGroups: { type: 'text' },
    aim: { type: 'text' },
    objective: { type: 'text', required: true },
    measure: { type: 'component', component: COMPONENT.MEASURE, repeatable: false },
    actions: { type: 'component', component: COMPONENT.ACTION, repeatable: true },
    responsible: { type: 'string' },
    dates: { type: 'component', component: COMPONENT.DATES, repeatable: false },
    milestones: { type: 'component', component: COMPONENT.MILESTONE, repeatable: true },
    progressStatus: enumeration(ProgressStatus, { default: 'not-started' }),
    /** What the importer could not read with confidence, as written, for staff to review; never published. */
    reviewNotes: { type: 'text', private: true },
  },
} as const;
