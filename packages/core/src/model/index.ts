export * from './coordination.js';
export * from './density.js';
export * from './distribution-forms.js';
export * from './distributions.js';
export * from './reallocation.js';
export * from './types.js';
export * from './value.js';
