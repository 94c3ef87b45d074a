import type { Result } from '../util/issues.js';
import { placeResult } from './place-issues.js';
import { type ReadOptions, readSource } from './source.js';
import { type ParsedSpec, validateSpecDocument } from './validate-spec.js';

/**
 * Reads and validates a portfolio spec (YAML or JSON). Every issue names the file,
 * the path, the line and column, and says what to change.
 */
export function parseSpecText(text: string, options: ReadOptions = {}): Result<ParsedSpec> {
  const source = readSource(text, options);
  if (!source.ok) return source;
  return placeResult(validateSpecDocument(source.value.value), source.value, source.warnings);
}
