import { ProgressStatus, TrustObjectiveCode } from '@equality-hub/domain';
import { COMPONENT, UID } from '../../constants';
import { enumeration, oneToMany, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_trust_objectives',
  info: { singularName: 'trust-objective', pluralName: 'trust-objectives', displayName: 'Trust objective', description: "The Trust's own equality objectives, which every academy contributes to." },
  options: { draftAndPublish: true },
  pluginOptions,
  attributes: {
    code: enumeration(TrustObjectiveCode, { required: true }),
    title: { type: 'string', required: true },
    owner: { type: 'string' },
    progressStatus: enumeration(ProgressStatus, { default: 'not-started' }),
    measure: { type: 'text' },
    payMeasure: { type: 'component', component: COMPONENT.PAY_MEASURE, repeatable: false },
    periodStart: { type: 'date' },
    periodEnd: { type: 'date' },
    contributions: oneToMany(UID.CONTRIBUTION, 'trustObjective'),
  },
} as const;
