import { z } from 'zod';
import { roleSchema, slugParam } from '../shared-schema.js';

export const memberSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    since: z.string(),
    partner: z.string().nullable().meta({ description: 'for the partner role: its partner key' }),
  })
  .meta({ id: 'Member' });

export const memberParams = slugParam.extend({ email: z.string().min(3).max(320) });

export const changeRoleBody = z.object({
  role: roleSchema,
  partner: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'for the partner role: the partner (its key) the member speaks for' }),
});
