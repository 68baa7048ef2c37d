/** The full SDL: the hand-written contract plus the enums generated from the vocabulary. */
import { typeDefs as contract } from './sdl';
import { vocabularyEnumDefs } from './enums';

export const typeDefs = `${contract}\n${vocabularyEnumDefs}\n`;
