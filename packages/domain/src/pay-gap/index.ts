/**
 * Pay gap calculations (SI 2017/353 Schedule 1, GOV.UK "Making your calculations", the GOV.UK ethnicity
 * pay gap guidance of 2023): pure functions over pay records, shared by the plugin and the aggregator.
 */
export * from './records';
export * from './rounding';
export * from './method';
export * from './suppression';
export * from './gender-pay-gap';
export * from './ethnicity-pay-gap';
export * from './workforce-profile';
export * from './employer-size';
export * from './gov-uk-csv';
export * from './blind-recruitment';
export * from './publication';
export * from './payroll-csv';
export * from './payroll-import';
export * from './pay-figure';
