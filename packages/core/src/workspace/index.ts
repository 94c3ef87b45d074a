export * from './import-columns.js';
export * from './lifecycle.js';
