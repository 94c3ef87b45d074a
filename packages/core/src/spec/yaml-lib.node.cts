/**
 * The YAML library in Node, loaded on first use (see yaml-lib.ts, whose signature this
 * repeats). CommonJS, so that the load is synchronous: the library ships CommonJS for Node.
 */
import type * as yaml from 'yaml';

declare const require: (id: string) => unknown;

let lib: typeof yaml | undefined;

function loadYaml(): typeof yaml {
  lib ??= require('yaml') as typeof yaml;
  return lib;
}

export = { loadYaml };
