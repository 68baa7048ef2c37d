/**
 * A table cell as a list of entries. Exports write a cell's paragraphs as `<p>…</p>` and its bullets
 * as lines starting with a bullet mark (or several marks on one line); each paragraph, line and bullet
 * is one entry, its bullet mark and extra spaces removed.
 */

// Only the markup exports produce: anything else that looks like a tag ("<5 pupils>") is text.
const BLOCK_TAG = /<\/?(?:p|li|ul|ol|div|br)\b[^>]*>/gi;
const INLINE_TAG = /<\/?(?:span|strong|em|b|i|u)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi;
// A bullet mark at the start of a line: a symbol, a dash, Word's "o", or a list number ("1.", "b)").
const LEADING_BULLET = /^(?:[•·▪◦‣●○■□➢➤►✓✔*\-–—]|o(?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))\s*/u;
// Bullet symbols within a line, where an export has run a list together.
const INLINE_BULLET = /\s+[•·▪◦‣●○■➢➤►]\s+/u;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name!.toLowerCase()] ?? entity;
  });
}

/** Collapses runs of white space (a non-breaking space included) to one space. */
export function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function cellEntries(cell: string): string[] {
  const text = decodeEntities(cell.replace(BLOCK_TAG, '\n').replace(INLINE_TAG, ''));
  return text
    .split(/\r?\n|\r/)
    .flatMap((line) => line.split(INLINE_BULLET))
    .map((entry) => tidy(tidy(entry).replace(LEADING_BULLET, '')))
    .filter((entry) => entry !== '');
}

const STARTS_MID_SENTENCE = /^[\p{Ll}(\[,;&]/u;
const ENDS_MID_SENTENCE = /(?:[,;&\-–]|\b(?:and|or|of|the|to|a|an|with|for|in|by|on))$/iu;

/**
 * Whether `next` carries on the sentence `previous` started, as when a page break splits a cell: it
 * starts in lower case or with a bracket, or `previous` stops on a comma, dash or joining word.
 */
export function continuesSentence(previous: string, next: string): boolean {
  return STARTS_MID_SENTENCE.test(next) || ENDS_MID_SENTENCE.test(previous);
}
