/**
 * The YAML library, as the full reader (source.ts) and its helpers reach it. This is the
 * portable version (browsers, bundlers): the library is imported with the module. Node
 * resolves `#yaml-lib` to yaml-lib.node.cts instead (package.json `imports`), which loads
 * the library on first use: most specs take the fast reader (yaml-fast.ts) and never need
 * it, and a command's start-up need not pay for it.
 */
import * as yaml from 'yaml';

export type Yaml = typeof yaml;

export const loadYaml = (): Yaml => yaml;
