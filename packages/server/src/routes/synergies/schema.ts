import { z } from 'zod';
import { synergyInputSchema, synergyPatchSchema } from '../../store/synergies.js';
import { keySchema } from '../../store/validation.js';
import { distributionOut, slugParam, versionSchema } from '../shared-schema.js';

export const synergySchema = z
  .object({
    id: z.string(),
    between: z.tuple([z.string(), z.string()]),
    value: distributionOut,
    note: z.string(),
    version: z.int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Synergy' });

export const synergyQuery = z.object({ partner: keySchema.optional() });
export const synergyParams = slugParam.extend({ id: z.string().min(1).max(100) });
export const createSynergyBody = synergyInputSchema;
export const patchSynergyBody = synergyPatchSchema.extend({ version: versionSchema.optional() });
