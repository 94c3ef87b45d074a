import { z } from 'zod';
import { specSchema } from './spec-schema.js';

export const SPEC_SCHEMA_ID = 'urn:partnerfolio:schema:spec:1';

/**
 * JSON Schema (draft 2020-12) of the spec as written, for editors. It describes shapes
 * only; cross-references (ids, scores per criterion) are checked by `parseSpecText`.
 */
export function specJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(specSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SPEC_SCHEMA_ID,
    title: 'Partnerfolio portfolio spec',
    ...generated,
    description:
      'A Partnerfolio portfolio spec (version 1): criteria and weights, candidate partners with costs, returns and resource use, synergies and constraints.',
  };
}
