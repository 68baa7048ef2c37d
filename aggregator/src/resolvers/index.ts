/** Every resolver, with the vocabulary's enums and the restricted fields guarded. */
import { DateScalar } from '../schema/date';
import { vocabularyEnumResolvers } from '../schema/enums';
import { guardRestrictedFields } from '../schema/restricted';
import { typeDefs } from '../schema/sdl';
import { academyResolvers } from './academy';
import { queryResolvers } from './query';
import { reportResolvers } from './report';
import { sourceResolvers } from './sources';

export const resolvers = guardRestrictedFields(typeDefs, {
  Date: DateScalar as unknown as Record<string, unknown>,
  ...vocabularyEnumResolvers,
  ...academyResolvers,
  ...reportResolvers,
  SourceStatus: sourceResolvers.SourceStatus,
  Query: { ...queryResolvers.Query, ...sourceResolvers.Query },
});
