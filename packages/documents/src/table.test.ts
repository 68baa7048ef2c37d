import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfPages } from '../../../tests/helpers/pdf-text';
import { createPdf, finishPdf } from './pdf';
import { drawTable } from './table';

describe('drawTable', () => {
  it('splits a row taller than a page between pages, repeating the header, and loses no line', async () => {
    const doc = createPdf({ title: 'Split test', landscape: true });
    const actions = Array.from({ length: 120 }, (_, index) => `Action ${index + 1}`);
    drawTable(doc, {
      columns: [{ header: 'Objective', weight: 2 }, { header: 'Action' }],
      rows: [['Short objective', actions], ['Second objective', ['One action']]],
    });
    const pages = await pdfPages(await finishPdf(doc, 'Split test'));
    assert.ok(pages.length >= 2, `${pages.length} page(s)`);
    for (const page of pages) assert.match(page, /Objective/, 'the header repeats on every page');
    const seen = pages.join('\n').match(/Action \d+/g)!;
    assert.deepEqual(seen, actions);
    assert.match(pages.at(-1)!, /Second objective/);
    assert.match(pages.at(-1)!, new RegExp(`page ${pages.length} of ${pages.length}`));
  });

  it('bullets the entries of a list column when there are two or more', async () => {
    const doc = createPdf({ title: 'Lists' });
    drawTable(doc, {
      columns: [{ header: 'Action', list: true }, { header: 'Note' }],
      rows: [[['Audit the library', 'Train staff'], ['First line', 'Second line']], [['Only action'], 'x']],
    });
    const [page] = await pdfPages(await finishPdf(doc, 'Lists'));
    assert.equal(page!.match(/•/g)?.length, 2);
  });

  it('prints characters outside Latin-1 as typed', async () => {
    const doc = createPdf({ title: 'Unicode' });
    drawTable(doc, { columns: [{ header: 'Note' }], rows: [['Ysgol Gymraeg Aberdâr – ŵ ≥ 90 %']] });
    const [page] = await pdfPages(await finishPdf(doc, 'Unicode'));
    assert.match(page!, /Ysgol Gymraeg Aberdâr – ŵ ≥ 90 %/);
  });
});
