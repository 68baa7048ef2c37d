import { pluginOptions } from '../../utils/attributes';

export default {
  kind: 'singleType',
  collectionName: 'equality_trust',
  info: { singularName: 'trust', pluralName: 'trusts', displayName: 'Trust', description: 'The multi-academy trust: the employer and proprietor of every academy.' },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    name: { type: 'string', required: true },
    companyNumber: { type: 'string' },
    website: { type: 'string' },
    equalityOwnerName: { type: 'string' },
    equalityOwnerEmail: { type: 'email' },
  },
} as const;
