import { placeResult } from '../spec/place-issues.js';
import type { ReadOptions } from '../spec/source.js';
import { readSource } from '../spec/source.js';
import type { Result } from '../util/issues.js';
import type { AgreementFile } from './file-schema.js';
import { validateAgreementFile } from './validate.js';

/**
 * Reads and validates an agreement file (YAML or JSON). Every issue names the file, the
 * path, the line and column, as for portfolio specs.
 */
export function parseAgreementText(text: string, options: ReadOptions = {}): Result<AgreementFile> {
  const source = readSource(text, options);
  if (!source.ok) return source;
  return placeResult(validateAgreementFile(source.value.value), source.value, source.warnings);
}
