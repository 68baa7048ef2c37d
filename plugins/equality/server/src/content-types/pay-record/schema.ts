import { Ethnicity, PaySexTerms } from '@equality-hub/domain';
import { UID } from '../../constants';
import { enumeration, manyToOne, pluginOptions, restricted } from '../../utils/attributes';

// A factory: Strapi annotates attribute objects in place, so none may be shared.
const money = () => ({ type: 'decimal' as const, required: true, min: 0 });

export default {
  kind: 'collectionType',
  collectionName: 'equality_pay_records',
  info: {
    singularName: 'pay-record',
    pluralName: 'pay-records',
    displayName: 'Pay record',
    description: 'One relevant employee on a snapshot date, by pseudonymous reference (SI 2017/353 Schedule 1). Special-category data: Trust HR only.',
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: restricted({
    snapshot: manyToOne(UID.PAY_SNAPSHOT, 'records'),
    // One way: academy has no inverse, so nothing public can populate or filter its way here. Empty: the central team.
    academy: manyToOne(UID.ACADEMY),
    employeeRef: { type: 'string', required: true },
    sex: enumeration(PaySexTerms, { required: true }),
    ethnicity: enumeration(Ethnicity),
    ordinaryPay: money(),
    bonusPayInPeriod: money(),
    payPeriodDays: { type: 'integer', required: true, min: 1, max: 366 },
    weeklyHours: { type: 'decimal', required: true, min: 0 },
    bonusPay12Months: money(),
    fullPayRelevant: { type: 'boolean', required: true, default: true },
  }),
} as const;
