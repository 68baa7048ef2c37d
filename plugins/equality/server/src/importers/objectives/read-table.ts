/** Reads an uploaded file's rows, choosing the reader by the file's name and, failing that, its content. */
import { decodeText } from './decode-text';
import { ImportFileError } from './import-error';
import { readDelimited } from './read-delimited';
import { readDocx } from './read-docx';
import type { SourceRow } from './source-row';

export interface UploadedFile {
  /** The file's name as uploaded; its extension chooses the reader. */
  name: string;
  bytes: Uint8Array;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte);

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function readTable(file: UploadedFile): SourceRow[] {
  const extension = extensionOf(file.name);
  if (extension === 'docx' || isZip(file.bytes)) return readDocx(file.bytes);
  if (extension === 'doc') throw new ImportFileError(null, 'old Word documents (.doc) cannot be read: save the file as .docx');
  const text = decodeText(file.bytes);
  if (extension === 'csv') return readDelimited(text, ',');
  if (extension === 'tsv' || extension === 'tab' || extension === 'txt') return readDelimited(text, '\t');
  // An unknown extension: tab-separated if any line has a tab, as Word's text export always does.
  return readDelimited(text, text.includes('\t') ? '\t' : ',');
}
