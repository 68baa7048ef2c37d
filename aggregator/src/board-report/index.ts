export { boardReportRouter, type BoardReportOptions } from './router';
