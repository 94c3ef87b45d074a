export * from './import-columns.js';
export * from './lifecycle.js';
export * from './value-unit.js';
