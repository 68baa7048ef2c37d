/**
 * The "Protected characteristic" column onto CharacteristicChoice: "Sexual Orientation/Race/Gender
 * identity/Disability/Religion or belief", "Disability/All", "All protected characteristics", "Sex".
 * Gender identity is gender reassignment in the Act's terms (s.7); SEND is counted as disability.
 */
import { CharacteristicChoice, type CharacteristicChoiceValue } from '@equality-hub/domain';
import { matchPhrases, type PhraseMatch, type Phrases } from './match-phrases';

const PHRASES: Phrases<CharacteristicChoiceValue> = [
  ['all', /\ball (?:nine |9 )?(?:protected )?(?:characteristics|strands|pcs)\b|\ball\b/],
  ['gender-reassignment', /\bgender (?:reassignment|identity)\b|\btrans(?:gender)?\b/],
  ['sexual-orientation', /\bsexual orientation\b|\bsexuality\b/],
  ['marriage-and-civil-partnership', /\bmarriage(?: (?:and|&) civil partnerships?)?\b|\bcivil partnerships?\b/],
  ['pregnancy-and-maternity', /\bpregnancy(?: (?:and|&) maternity)?\b|\bmaternity\b/],
  ['religion-or-belief', /\breligions?(?: ?(?:or|and|&|\/) ?beliefs?)?\b|\bbeliefs?\b|\bfaith\b/],
  ['race', /\brace\b|\bethnicity\b|\bethnic(?: origin)?\b|\bracial\b|\bbame\b|\bbme\b/],
  ['disability', /\bdisabilit(?:y|ies)\b|\bdisabled\b|\bspecial educational needs(?: and disabilit(?:y|ies))?\b|\bsend\b/],
  ['sex', /\bsex\b|\bgender\b/],
  ['age', /\bage\b/],
];

const FILLER = new Set(['and', 'or', 'the', 'of', 'etc', 'eg', 'e', 'g', 'including', 'protected', 'characteristic', 'characteristics']);

export function mapCharacteristics(text: string): PhraseMatch<CharacteristicChoiceValue> {
  return matchPhrases(text, PHRASES, CharacteristicChoice.values, FILLER);
}
