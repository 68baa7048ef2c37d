import { COMPONENT, UID } from '../../constants';
import { manyToOne, pluginOptions, restricted } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_applicant_breakdowns',
  info: {
    singularName: 'applicant-breakdown',
    pluralName: 'applicant-breakdowns',
    displayName: 'Applicant breakdown',
    description: "A vacancy's applicants, shortlisted and appointed by sex and by ethnicity. Special-category data: Trust HR only.",
  },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: restricted({
    // One way: a vacancy (which academy editors read) cannot populate its way here.
    vacancy: manyToOne(UID.VACANCY),
    bySex: { type: 'component', repeatable: true, component: COMPONENT.SEX_OUTCOME },
    byEthnicity: { type: 'component', repeatable: true, component: COMPONENT.ETHNICITY_OUTCOME },
  }),
} as const;
