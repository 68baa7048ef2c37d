import { UID } from '../../constants';
import { academyKey, manyToOne, oneToMany, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_objectives_plans',
  info: { singularName: 'objectives-plan', pluralName: 'objectives-plans', displayName: 'Objectives plan', description: "An academy's equality objectives for a period of at most four years." },
  options: { draftAndPublish: true },
  pluginOptions,
  attributes: {
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    title: { type: 'string', required: true },
    periodStart: { type: 'date', required: true },
    periodEnd: { type: 'date', required: true },
    approvedBy: { type: 'string' },
    approvedOn: { type: 'date' },
    objectives: oneToMany(UID.OBJECTIVE, 'plan'),
  },
} as const;
