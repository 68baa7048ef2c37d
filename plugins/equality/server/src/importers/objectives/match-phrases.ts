/**
 * Finds vocabulary terms in free text by their phrases ("Sexual Orientation/Race/Gender identity",
 * "Whole school and specifically BME /LGBT/SEND students"), and returns what is left over, split at
 * list separators, as the text it could not map. Left-over pieces made only of filler words
 * ("students", "and", "specifically") are dropped.
 */

export interface PhraseMatch<V extends string> {
  /** In vocabulary order, each once. */
  values: V[];
  /** Pieces of the text that name no term, as written. */
  unmatched: string[];
}

/** A term and the phrases that name it. Phrases are tried in the order given: put longer ones first. */
export type Phrases<V extends string> = ReadonlyArray<readonly [V, RegExp]>;

const MATCHED = '\n';
const LIST_SEPARATOR = /[\n/,;&|+]|\s+(?:and|or)\s+/i;
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

export function matchPhrases<V extends string>(
  text: string,
  phrases: Phrases<V>,
  vocabularyOrder: readonly V[],
  filler: ReadonlySet<string>,
): PhraseMatch<V> {
  const found = new Set<V>();
  let rest = text;
  for (const [value, phrase] of phrases) {
    rest = rest.replace(new RegExp(phrase.source, 'giu'), () => {
      found.add(value);
      return MATCHED;
    });
  }
  const unmatched = rest
    .split(LIST_SEPARATOR)
    .map((piece) => piece.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, ''))
    .filter((piece) => piece.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word !== '' && !filler.has(word)));
  return { values: vocabularyOrder.filter((value) => found.has(value)), unmatched };
}
