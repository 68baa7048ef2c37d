import { COMPONENT, UID } from '../../constants';
import { academyKey, manyToOne, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_information',
  info: { singularName: 'equality-information', pluralName: 'equality-informations', displayName: 'Equality information', description: "An academy's equality information for one academic year, published at least yearly." },
  options: { draftAndPublish: true },
  pluginOptions,
  attributes: {
    academy: manyToOne(UID.ACADEMY),
    academyKey: academyKey(),
    academicYear: { type: 'string', required: true, regex: '^\\d{4}/\\d{2}$' },
    publishedOn: { type: 'date', required: true },
    figures: { type: 'component', component: COMPONENT.FIGURE, repeatable: true },
    narrative: { type: 'richtext' },
  },
} as const;
