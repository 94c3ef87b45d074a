import { z } from 'zod';
import { slugParam } from '../shared-schema.js';

export const SPEC_MEDIA_TYPES = {
  json: ['application/json'],
  yaml: ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'],
} as const;

export const specText = z
  .string()
  .min(1, { error: 'the body is empty: send a portfolio spec (YAML or JSON)' })
  .meta({
    description:
      'a portfolio spec as YAML (Content-Type application/yaml or text/yaml) or JSON (application/json)',
  });

export const specDocument = z
  .record(z.string(), z.unknown())
  .meta({ description: 'a portfolio spec (DESIGN.md "The portfolio spec")' });

export const specQuery = z.object({
  format: z.enum(['yaml', 'json']).optional().meta({
    description: 'default: by the Accept header (YAML when it asks for YAML, else JSON)',
  }),
});

export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
  line: z.int().optional(),
  column: z.int().optional(),
});

export const replaceSummary = z.object({
  partners: z.object({ created: z.int(), updated: z.int(), deleted: z.int() }),
  assessments: z.int(),
  synergies: z.int(),
  criteriaVersion: z.int(),
  criteriaChanged: z.boolean(),
  settingsVersion: z.int(),
  warnings: z.array(issueSchema),
});

export { slugParam };
