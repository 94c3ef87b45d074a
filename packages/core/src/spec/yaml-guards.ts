/**
 * The YAML library's node tests, reached through `#yaml-lib` so that importing the
 * modules that walk a parsed document does not load the library (see yaml-lib.ts).
 */

import type { Alias, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { loadYaml } from '#yaml-lib';

export const isAlias = (node: unknown): node is Alias => loadYaml().isAlias(node);
export const isMap = (node: unknown): node is YAMLMap => loadYaml().isMap(node);
export const isNode = (node: unknown): node is Node => loadYaml().isNode(node);
export const isPair = (node: unknown): node is Pair => loadYaml().isPair(node);
export const isScalar = (node: unknown): node is Scalar => loadYaml().isScalar(node);
export const isSeq = (node: unknown): node is YAMLSeq => loadYaml().isSeq(node);
