export * from './vocabulary';
export * from './schemas';
export * from './rules';
export * from './dates';
export * from './suppression';
