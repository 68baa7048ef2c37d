export * from './records';
export * from './rounding';
export * from './method';
export * from './suppression';
export * from './gender-pay-gap';
