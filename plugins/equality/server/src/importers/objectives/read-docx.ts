/**
 * The tables of a Word document (.docx), read straight from its XML: fflate unzips word/document.xml and
 * @xmldom/xmldom parses it. Both are small, dependency-free and maintained. Reading the XML ourselves
 * (rather than converting to HTML with mammoth and parsing that again) keeps merged cells under our
 * control: a cell merged down over several rows is repeated in each, so that it is never mistaken for
 * the empty first columns of a continuation row.
 *
 * The body comes back in document order: each paragraph outside a table as a row of one cell (the
 * heading lives there), then each table row. A cell's paragraphs and line breaks become lines.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { ImportFileError } from './import-error';
import type { SourceRow } from './source-row';

const DOCUMENT_PART = 'word/document.xml';
// Transitional (what Word writes) and Strict OOXML.
const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
// Wrappers of paragraphs, tables, rows and cells whose content counts as if it stood in their place.
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml']);
// Properties hold no text, compatibility fallbacks repeat what their choice holds, and deleted text is gone.
const SKIPPED = new Set(['Fallback', 'del', 'sdtPr', 'pPr', 'rPr', 'tblPr', 'trPr', 'tcPr']);

const ELEMENT_NODE = 1;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isWord(node: Node, name: string): boolean {
  return isElement(node) && node.localName === name && WORD_NAMESPACES.has(node.namespaceURI ?? '');
}

/** The Word elements directly inside `parent`, looking through transparent wrappers. */
function wordChildren(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter(isElement).flatMap((child) => {
    if (!WORD_NAMESPACES.has(child.namespaceURI ?? '')) return [];
    return TRANSPARENT.has(child.localName ?? '') ? wordChildren(child) : [child];
  });
}

function firstWordChild(parent: Element, name: string): Element | undefined {
  return Array.from(parent.childNodes).find((child): child is Element => isElement(child) && isWord(child, name));
}

function wordAttribute(element: Element | undefined, name: string): string | null {
  if (!element) return null;
  const attribute = Array.from(element.attributes).find((candidate) => candidate.localName === name);
  return attribute ? attribute.value : null;
}

/** A paragraph's text: runs' text, tabs as spaces, line breaks as new lines. */
function paragraphText(paragraph: Element): string {
  let text = '';
  const visit = (node: Node) => {
    if (!isElement(node)) return;
    if (SKIPPED.has(node.localName ?? '')) return;
    if (isWord(node, 't')) text += node.textContent ?? '';
    else if (isWord(node, 'tab')) text += ' ';
    else if (isWord(node, 'br') || isWord(node, 'cr')) text += wordAttribute(node, 'type') === 'page' ? '' : '\n';
    else Array.from(node.childNodes).forEach(visit);
  };
  visit(paragraph);
  return text;
}

/** Every paragraph in a cell, nested tables included, one line each. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const visit = (element: Element) => {
    for (const child of wordChildren(element)) {
      if (child.localName === 'p') lines.push(paragraphText(child));
      else if (!SKIPPED.has(child.localName ?? '')) visit(child);
    }
  };
  visit(cell);
  return lines.join('\n');
}

/**
 * A row's cells laid out on the table grid: a cell spanning columns leaves empty cells after it, and a
 * cell merged with the one above repeats its text.
 */
function rowCells(row: Element, above: string[]): string[] {
  const cells: string[] = [];
  for (const cell of wordChildren(row).filter((child) => child.localName === 'tc')) {
    const properties = firstWordChild(cell, 'tcPr');
    const span = Number(wordAttribute(properties && firstWordChild(properties, 'gridSpan'), 'val') ?? 1);
    const verticalMerge = properties && firstWordChild(properties, 'vMerge');
    const continuesAbove = verticalMerge !== undefined && (wordAttribute(verticalMerge, 'val') ?? 'continue') === 'continue';
    const column = cells.length;
    cells.push(continuesAbove ? (above[column] ?? '') : cellText(cell));
    for (let extra = 1; extra < span; extra += 1) cells.push('');
  }
  return cells;
}

function documentXml(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT_PART });
  } catch {
    throw new ImportFileError(null, 'this is not a Word document (.docx): it cannot be unzipped');
  }
  const part = files[DOCUMENT_PART];
  if (!part) throw new ImportFileError(null, `this is not a Word document (.docx): it has no ${DOCUMENT_PART}`);
  return strFromU8(part);
}

export function readDocx(bytes: Uint8Array): SourceRow[] {
  let document;
  try {
    document = new DOMParser().parseFromString(documentXml(bytes), 'text/xml');
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(null, `the Word document's XML cannot be read: ${(error as Error).message}`);
  }
  const body = Array.from(document.documentElement?.childNodes ?? []).find((node): node is Element => isElement(node) && isWord(node, 'body'));
  if (!body) throw new ImportFileError(null, 'the Word document has no body');

  const rows: SourceRow[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const block of wordChildren(body)) {
    if (block.localName === 'p') {
      paragraphs += 1;
      rows.push({ source: `paragraph ${paragraphs}`, cells: [paragraphText(block)] });
    } else if (block.localName === 'tbl') {
      tables += 1;
      let above: string[] = [];
      wordChildren(block).filter((child) => child.localName === 'tr').forEach((row, index) => {
        above = rowCells(row, above);
        rows.push({ source: `table ${tables}, row ${index + 1}`, cells: above });
      });
    }
  }
  return rows;
}
