import { AnonymisationEnds, RoleCategory, ShortlistingMethod } from '@equality-hub/domain';
import { UID } from '../../constants';
import { academyKey, enumeration, manyToOne, pluginOptions } from '../../utils/attributes';

// A factory: Strapi annotates attribute objects in place, so none may be shared.
const headcount = () => ({ type: 'integer' as const, min: 0 });

export default {
  kind: 'collectionType',
  collectionName: 'equality_vacancies',
  info: { singularName: 'vacancy', pluralName: 'vacancies', displayName: 'Vacancy', description: 'A post an academy recruited to, and how its applications were shortlisted. Never public.' },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    title: { type: 'string', required: true },
    roleCategory: enumeration(RoleCategory, { required: true }),
    openedOn: { type: 'date', required: true },
    closedOn: { type: 'date' },
    shortlistingMethod: enumeration(ShortlistingMethod, { required: true, default: 'named' }),
    // Safer-recruitment checks need names once a candidate is shortlisted.
    anonymisedUntil: enumeration(AnonymisationEnds, { default: 'after-shortlisting' }),
    // Recorded, not enforced: a panel member had recruitment-equality training.
    panelTrained: { type: 'boolean', default: false },
    applicants: headcount(),
    shortlisted: headcount(),
    appointed: headcount(),
  },
} as const;
