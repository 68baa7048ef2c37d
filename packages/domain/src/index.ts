export * from './vocabulary';
export * from './schemas';
export * from './rules';
export * from './dates';
export * from './suppression';
export * from './compliance';
export * from './coverage';
export * from './progress';
