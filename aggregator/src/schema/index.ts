/** The full SDL: the hand-written contract plus the enums generated from the vocabulary. */
import { typeDefs as contract } from './sdl';
import { generatedEnumDefs } from './enums';

export const typeDefs = `${contract}\n${generatedEnumDefs}\n`;
