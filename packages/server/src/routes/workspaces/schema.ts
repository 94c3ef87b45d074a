import { specSchema } from '@partnerfolio/core';
import { z } from 'zod';
import { settingsSchema } from '../../store/validation.js';
import { roleSchema, versionSchema } from '../shared-schema.js';

export const workspaceSummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    role: roleSchema,
    partner: z.string().optional().meta({ description: "a partner's contact: its partner's key" }),
  })
  .meta({ id: 'WorkspaceSummary' });

export const createWorkspaceBody = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    error: 'use 2-63 lower-case letters, digits and dashes, starting with a letter or digit',
  }),
  name: z.string().trim().min(1).max(200),
});

export const workspaceDetail = z
  .object({
    slug: z.string(),
    name: z.string(),
    role: roleSchema,
    createdAt: z.string(),
    version: z.int(),
    settings: settingsSchema,
  })
  .meta({ id: 'Workspace' });

export const patchWorkspaceBody = z.object({
  name: z.string().trim().min(1).max(200),
  version: versionSchema.optional(),
});

export const settingsResponse = z.object({ version: z.int(), settings: settingsSchema });

/**
 * A change to the settings: the fields given replace the stored ones whole. No defaults
 * here (the spec's schema has them): a field not sent must stay as it is, and the store
 * validates the merged result.
 */
const spec = specSchema.shape;
const settingsPatchSchema = z.strictObject({
  organization: spec.organization.unwrap().optional(),
  unit: spec.unit.unwrap().optional(),
  netModel: spec.netModel.unwrap().optional(),
  objective: spec.objective.unwrap().optional(),
  coordinationCost: spec.coordinationCost.unwrap().optional(),
  resources: spec.resources.unwrap().optional(),
  constraints: spec.constraints.unwrap().optional(),
  needs: spec.needs.unwrap().max(1000).optional(),
  vocabulary: spec.vocabulary.unwrap().max(1000).optional(),
  rules: spec.rules.unwrap().max(200).optional(),
});

export const patchSettingsBody = z.object({
  settings: settingsPatchSchema,
  version: versionSchema.optional(),
});
