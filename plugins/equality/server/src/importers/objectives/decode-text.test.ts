import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from './decode-text';

describe('decodeText', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    assert.equal(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Who’s responsible?')])), 'Who’s responsible?');
  });

  it('reads UTF-16 as Word saves "Unicode Text"', () => {
    const text = 'Aim\tObjective';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((character, index) => bytes.set([character.charCodeAt(0), 0], 2 + index * 2));
    assert.equal(decodeText(bytes), text);
  });

  it('falls back to Windows-1252 for text that is not UTF-8', () => {
    assert.equal(decodeText(new Uint8Array([0x57, 0x68, 0x6f, 0x92, 0x73, 0x20, 0x96, 0x20, 0xa3, 0x35])), 'Who’s – £5');
  });
});
