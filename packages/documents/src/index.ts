export { createPdf, ensureSpace, finishPdf, FONT, heading, paragraph, type Pdf } from './pdf';
export { drawTable, type TableCell } from './table';
