export * from './vocabularies.js';
export * from './family.js';
export * from './dates.js';
export * from './model.js';
