/** The objectives importer: a Word or text table of objectives to a preview, and the preview as documents. */
export { parseObjectives, type ParseOptions } from './parse';
export { objectiveDocument, planDocument } from './documents';
export { ImportFileError } from './import-error';
export type { UploadedFile } from './read-table';
export * from './preview';
export type * from './upload-page';
