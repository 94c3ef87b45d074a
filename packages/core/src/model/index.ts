export * from './coordination.js';
export * from './distributions.js';
export * from './reallocation.js';
export * from './types.js';
export * from './value.js';
