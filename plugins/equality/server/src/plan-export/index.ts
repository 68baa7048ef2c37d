export { planDocx } from './plan-docx';
export { planPdf } from './plan-pdf';
export { exportFileName, planExport, PLAN_COLUMNS, type ExportStatus } from './plan-table';
