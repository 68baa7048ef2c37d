/**
 * Line wrapping for PDF table cells, done here rather than by pdfkit so that a cell's lines are known
 * before anything is drawn: a row can then be split between pages at any line.
 */

/** Measures a string's width in points, in the font and size it will be drawn in. */
export type Measure = (text: string) => number;

/** Breaks a word wider than the column into pieces that fit, one character at a time. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && measure(piece + character) > width) {
      pieces.push(piece);
      piece = character;
    } else {
      piece += character;
    }
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * The lines `text` takes in a column `width` points wide: words are kept whole where they fit (a word
 * may also break after a slash, as in "Race/Disability"), a line break in the text starts a new line,
 * and runs of spaces collapse. Empty text takes no line. Each word is measured once and a line's width
 * is the sum of its words' and spaces' (measuring a font's text is the slow part of drawing a table).
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      word.split(/(?<=\/)/).forEach((segment, index) => {
        const glue = index === 0 ? ' ' : '';
        const segmentWidth = measure(segment);
        const joinedWidth = lineWidth + (glue ? space : 0) + segmentWidth;
        if (line && joinedWidth <= width) {
          line = `${line}${glue}${segment}`;
          lineWidth = joinedWidth;
          return;
        }
        if (line) lines.push(line);
        const pieces = segmentWidth <= width ? [segment] : breakWord(segment, width, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        lineWidth = measure(line);
      });
    }
    if (line) lines.push(line);
  }
  return lines;
}
