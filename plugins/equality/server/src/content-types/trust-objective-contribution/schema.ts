import { ProgressStatus } from '@equality-hub/domain';
import { UID } from '../../constants';
import { academyKey, enumeration, manyToOne, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_trust_objective_contributions',
  info: { singularName: 'trust-objective-contribution', pluralName: 'trust-objective-contributions', displayName: 'Trust objective contribution', description: "An academy's contribution to one of the Trust's objectives." },
  options: { draftAndPublish: true },
  pluginOptions,
  attributes: {
    trustObjective: manyToOne(UID.TRUST_OBJECTIVE, 'contributions'),
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    note: { type: 'text' },
    progressStatus: enumeration(ProgressStatus, { default: 'not-started' }),
  },
} as const;
