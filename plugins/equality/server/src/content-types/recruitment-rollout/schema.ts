import { RolloutStatus } from '@equality-hub/domain';
import { UID } from '../../constants';
import { academyKey, enumeration, manyToOne, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_recruitment_rollouts',
  info: {
    singularName: 'recruitment-rollout',
    pluralName: 'recruitment-rollouts',
    displayName: 'Blind recruitment rollout',
    description: "An academy's blind-recruitment status from a date, and its leaders' unconscious-bias training. The latest entry is current.",
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    status: enumeration(RolloutStatus, { required: true, default: 'not-started' }),
    since: { type: 'date', required: true },
    leadersTotal: { type: 'integer', min: 0 },
    leadersTrained: { type: 'integer', min: 0 },
    note: { type: 'text' },
  },
} as const;
