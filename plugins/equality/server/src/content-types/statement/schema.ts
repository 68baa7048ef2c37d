import { StatementKind } from '@equality-hub/domain';
import { UID } from '../../constants';
import { academyKey, enumeration, manyToOne, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_statements',
  info: { singularName: 'statement', pluralName: 'statements', displayName: 'Statement', description: 'An equality policy, PSED statement or accessibility plan; with no academy it is the Trust\'s own.' },
  options: { draftAndPublish: true },
  pluginOptions,
  attributes: {
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    kind: enumeration(StatementKind, { required: true }),
    title: { type: 'string', required: true },
    body: { type: 'richtext' },
    document: { type: 'media', multiple: false, allowedTypes: ['files'] },
    approvedBy: { type: 'string' },
    approvedOn: { type: 'date' },
    lastReviewedOn: { type: 'date' },
    nextReviewDue: { type: 'date' },
    reviewFrequencyMonths: { type: 'integer', min: 1, max: 60 },
  },
} as const;
