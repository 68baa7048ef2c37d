import academy from './academy';
import equalityInformation from './equality-information';
import objective from './objective';
import objectivesPlan from './objectives-plan';
import statement from './statement';
import trust from './trust';
import trustObjective from './trust-objective';
import trustObjectiveContribution from './trust-objective-contribution';

export default {
  trust,
  academy,
  'objectives-plan': objectivesPlan,
  objective,
  statement,
  'equality-information': equalityInformation,
  'trust-objective': trustObjective,
  'trust-objective-contribution': trustObjectiveContribution,
};
