/** Programmatic entry of the CLI: tests and other tools call `runCli` without a process. */
export type { Report } from './context.js';
export { CliError, EXIT } from './errors.js';
export type { CliIo } from './io.js';
export { runCli, VERSION } from './main.js';
