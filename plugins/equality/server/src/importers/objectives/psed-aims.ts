/**
 * The "Link to PSED" column onto the three aims of the general duty. Aims are long phrases with commas
 * and "and" in them ("Eliminate unlawful discrimination, harassment and victimisation"), so the cell is
 * split only at strong separators (lines, slashes, semicolons) and each part is known by its key words.
 */
import { PsedAim, type PsedAimValue } from '@equality-hub/domain';
import { cellEntries } from './cell-entries';
import type { PhraseMatch } from './match-phrases';

const ALL_AIMS = /^all(?: (?:three|3))?(?: (?:aims?|duties|general duties))?(?: of (?:the )?(?:general |public sector equality |psed )?duty)?$/;

const KEY_WORDS: ReadonlyArray<readonly [PsedAimValue, RegExp]> = [
  ['eliminate-discrimination', /\beliminat|\bdiscriminat|\bharass|\bvictimi[sz]/],
  ['advance-equality-of-opportunity', /\badvanc|\bequality of opportunit|\bequal opportunit/],
  ['foster-good-relations', /\bfoster|\bgood relations\b/],
];

export function mapPsedAims(text: string): PhraseMatch<PsedAimValue> {
  const found = new Set<PsedAimValue>();
  const unmatched: string[] = [];
  for (const part of cellEntries(text).flatMap((entry) => entry.split(/[/;|]+/))) {
    const words = part.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!words) continue;
    const aims = ALL_AIMS.test(words) ? PsedAim.values : KEY_WORDS.filter(([, keyWords]) => keyWords.test(words)).map(([aim]) => aim);
    if (aims.length === 0) unmatched.push(part.trim());
    aims.forEach((aim) => found.add(aim));
  }
  return { values: PsedAim.values.filter((aim) => found.has(aim)), unmatched };
}
