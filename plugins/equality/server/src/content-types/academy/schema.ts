import { Phase, ReligiousCharacter } from '@equality-hub/domain';
import { enumeration, pluginOptions } from '../../utils/attributes';

export default {
  kind: 'collectionType',
  collectionName: 'equality_academies',
  info: { singularName: 'academy', pluralName: 'academies', displayName: 'Academy', description: 'An academy of the Trust. One that has left keeps its history.' },
  options: { draftAndPublish: false },
  pluginOptions,
  attributes: {
    name: { type: 'string', required: true },
    slug: { type: 'uid', targetField: 'name', required: true },
    urn: { type: 'string', required: true, unique: true, regex: '^\\d{6}$' },
    phase: enumeration(Phase),
    religiousCharacter: enumeration(ReligiousCharacter, { default: 'none' }),
    website: { type: 'string' },
    joinedOn: { type: 'date' },
    leftOn: { type: 'date' },
    equalityLeadName: { type: 'string' },
    equalityLeadEmail: { type: 'email' },
    linkGovernor: { type: 'string' },
    // The admin users who edit this academy's content (academy editors); assigned by Trust admins.
    editors: { type: 'relation', relation: 'manyToMany', target: 'admin::user' },
  },
} as const;
