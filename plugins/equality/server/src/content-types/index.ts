import academy from './academy';
import applicantBreakdown from './applicant-breakdown';
import auditEntry from './audit-entry';
import equalityInformation from './equality-information';
import objective from './objective';
import objectivesPlan from './objectives-plan';
import payRecord from './pay-record';
import paySnapshot from './pay-snapshot';
import recruitmentRollout from './recruitment-rollout';
import sentReminder from './sent-reminder';
import statement from './statement';
import trust from './trust';
import trustObjective from './trust-objective';
import trustObjectiveContribution from './trust-objective-contribution';
import vacancy from './vacancy';

export default {
  trust,
  academy,
  'objectives-plan': objectivesPlan,
  objective,
  statement,
  'equality-information': equalityInformation,
  'trust-objective': trustObjective,
  'trust-objective-contribution': trustObjectiveContribution,
  vacancy,
  'recruitment-rollout': recruitmentRollout,
  'pay-snapshot': paySnapshot,
  'pay-record': payRecord,
  'applicant-breakdown': applicantBreakdown,
  'audit-entry': auditEntry,
  'sent-reminder': sentReminder,
};
