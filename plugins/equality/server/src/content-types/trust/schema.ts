import { DEFAULT_PAY_GAP_METHOD, ShortServiceMethodTerms, TermTimeMethodTerms } from '@equality-hub/domain';
import { enumeration, pluginOptions } from '../../utils/attributes';

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
    // The Trust's documented pay gap method for hours the regulations leave open; stated beside every figure.
    termTimeOnlyMethod: enumeration(TermTimeMethodTerms, { default: DEFAULT_PAY_GAP_METHOD.termTimeOnly }),
    variableHoursShortServiceMethod: enumeration(ShortServiceMethodTerms, { default: DEFAULT_PAY_GAP_METHOD.variableHoursShortService }),
  },
} as const;
